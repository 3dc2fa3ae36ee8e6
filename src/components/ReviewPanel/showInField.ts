import type { Finding } from '@/review/types'

/** The tab holding title, lead and body in the news form. */
const TEXT_TAB_LABEL = 'Isi'
const HIGHLIGHT = 'warta-finding'

const waitFor = async <T>(find: () => null | T, timeoutMs = 2000): Promise<null | T> => {
  const started = Date.now()
  for (;;) {
    const found = find()
    if (found || Date.now() - started > timeoutMs) return found
    await new Promise((resolve) => requestAnimationFrame(() => resolve(null)))
  }
}

/** Switches the form to the "Isi" tab when the text fields are not on screen. */
const openTextTab = (fieldId: string): void => {
  if (document.getElementById(fieldId)) return
  const tab = [...document.querySelectorAll<HTMLButtonElement>('.tabs-field__tab-button')].find(
    (button) => button.textContent?.trim() === TEXT_TAB_LABEL,
  )
  tab?.click()
}

/** A DOM range over the `occurrence`-th appearance of `excerpt` in the element's text (across text nodes). */
const rangeOf = (root: Element, excerpt: string, occurrence: number): null | Range => {
  const nodes: { node: Text; start: number }[] = []
  let text = ''
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node: node as Text, start: text.length })
    text += node.textContent ?? ''
  }
  let index = -1
  for (let seen = 0; seen <= occurrence; seen++) {
    const next = text.indexOf(excerpt, index + 1)
    if (next === -1) break
    index = next
  }
  if (index === -1) return null
  const locate = (offset: number) => {
    const hit = [...nodes].reverse().find(({ start }) => start <= offset) ?? nodes[0]
    return { node: hit.node, offset: Math.min(offset - hit.start, hit.node.length) }
  }
  const start = locate(index)
  const end = locate(index + excerpt.length)
  const range = document.createRange()
  range.setStart(start.node, start.offset)
  range.setEnd(end.node, end.offset)
  return range
}

/**
 * "Lihat" in the review panel: opens the tab with the text, scrolls to the field and selects
 * and highlights the passage (inputs: the selection; the rich-text body: a DOM selection plus a
 * CSS custom highlight that stays visible when focus moves).
 */
export async function showInField(finding: Finding, occurrence = 0): Promise<void> {
  const fieldId = `field-${finding.field}`
  openTextTab(fieldId)
  const container = await waitFor(() => document.getElementById(fieldId))
  if (!container) return
  if (container instanceof HTMLInputElement || container instanceof HTMLTextAreaElement) {
    container.scrollIntoView({ behavior: 'smooth', block: 'center' })
    container.focus({ preventScroll: true })
    const start = container.value.indexOf(finding.excerpt)
    if (start >= 0) container.setSelectionRange(start, start + finding.excerpt.length)
    else container.setSelectionRange(finding.start, finding.end)
    return
  }
  const editable = await waitFor(() => container.querySelector<HTMLElement>('[contenteditable="true"]') ?? container.querySelector<HTMLElement>('textarea, input'))
  const target = editable ?? container
  const range = rangeOf(target, finding.excerpt, occurrence)
  if (!range) {
    target.scrollIntoView({ behavior: 'smooth', block: 'center' })
    target.focus({ preventScroll: true })
    return
  }
  ;(range.startContainer.parentElement ?? target).scrollIntoView({ behavior: 'smooth', block: 'center' })
  target.focus({ preventScroll: true })
  const selection = window.getSelection()
  selection?.removeAllRanges()
  selection?.addRange(range)
  const highlights = (globalThis.CSS as undefined | { highlights?: Map<string, unknown> })?.highlights
  const HighlightCtor = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight
  if (highlights && HighlightCtor) highlights.set(HIGHLIGHT, new HighlightCtor(range))
}
