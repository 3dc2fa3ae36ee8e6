import type { SearchHit, Segment } from './types'

/** Marker characters the databases put around matches; they never occur in stored text. */
export const MARK_START = '\u0002'
export const MARK_END = '\u0003'

/** Splits text marked with MARK_START/MARK_END into segments (rendered as <mark> by React, no HTML). */
export const toSegments = (marked: string): Segment[] => {
  const segments: Segment[] = []
  const pattern = new RegExp(`${MARK_START}([^${MARK_END}]*)${MARK_END}`, 'g')
  let last = 0
  for (const found of marked.matchAll(pattern)) {
    if (found.index > last) segments.push({ text: marked.slice(last, found.index), match: false })
    if (found[1]) segments.push({ text: found[1], match: true })
    last = found.index + found[0].length
  }
  if (last < marked.length) segments.push({ text: marked.slice(last), match: false })
  // Stray markers (none expected) must not reach the page.
  return segments.map((s) => ({ ...s, text: s.text.replaceAll(MARK_START, '').replaceAll(MARK_END, '') }))
}

export const hasMatch = (marked: string): boolean => marked.includes(MARK_START)

/** Lower case without diacritics: how both engines compare words (é = e). */
export const foldWord = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

/**
 * Marks whole words of `text` that start with one of `terms` (folded; a term under three letters
 * only as a whole word). Keeps at most `window` words around the first match, with ellipses.
 */
export const markTerms = (text: string, terms: string[], window?: number): string => {
  const folded = terms.map(foldWord)
  const words = text.split(/(\s+)/)
  let first = -1
  const marked = words.map((word, index) => {
    const core = foldWord(word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    // As the FTS5 query (queryTerms.ts): words of three or more letters match as prefixes.
    if (!core || !folded.some((term) => (term.length >= 3 ? core.startsWith(term) : core === term))) return word
    if (first < 0) first = index
    return `${MARK_START}${word}${MARK_END}`
  })
  if (!window || marked.length <= window * 2) return marked.join('')
  const from = Math.max(0, (first < 0 ? 0 : first) - Math.floor(window / 2) * 2)
  const to = Math.min(marked.length, from + window * 2)
  return `${from > 0 ? '…' : ''}${marked.slice(from, to).join('')}${to < marked.length ? '…' : ''}`
}

/** Words of a hit's passage: about what a result line shows. */
const SNIPPET_WORDS = 28

/**
 * A hit from its stored text: the title with the query's words marked, and a passage of the lead
 * — or of the body when only the body holds a match (a title-only match shows the lead).
 */
export const hitFromText = (
  id: number | string,
  text: { title?: string | null; lead?: string | null; body?: string | null },
  terms: string[],
): SearchHit => {
  const lead = markTerms(text.lead ?? '', terms, SNIPPET_WORDS)
  const body = markTerms(text.body ?? '', terms, SNIPPET_WORDS)
  return {
    id,
    title: toSegments(markTerms(text.title ?? '', terms)),
    snippet: toSegments(!hasMatch(lead) && hasMatch(body) ? body : lead),
  }
}
