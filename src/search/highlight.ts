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

/** Whether a word (punctuation around it ignored) matches one of the folded query words. */
const wordMatcher = (folded: string[]) => (word: string): boolean => {
  const core = foldWord(word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
  // As the FTS5 query (queryTerms.ts): words of three or more letters match as prefixes.
  return core !== '' && folded.some((term) => (term.length >= 3 ? core.startsWith(term) : core === term))
}

/**
 * Marks whole words of `text` that start with one of `terms` (folded; a term under three letters
 * only as a whole word). Keeps at most `window` words around the first match, with ellipses; only
 * those are examined past the first match (a body runs to thousands of words).
 */
export const markTerms = (text: string, terms: string[], window?: number): string => {
  const folded = terms.map(foldWord)
  const foldedText = foldWord(text)
  // No query word anywhere in the text: nothing to mark, no word to examine.
  const isMatch = folded.some((term) => foldedText.includes(term)) ? wordMatcher(folded) : () => false
  const mark = (word: string) => (isMatch(word) ? `${MARK_START}${word}${MARK_END}` : word)
  const words = text.split(/(\s+)/)
  if (!window || words.length <= window * 2) return words.map(mark).join('')
  const first = words.findIndex(isMatch)
  const from = Math.max(0, (first < 0 ? 0 : first) - Math.floor(window / 2) * 2)
  const to = Math.min(words.length, from + window * 2)
  return `${from > 0 ? '…' : ''}${words.slice(from, to).map(mark).join('')}${to < words.length ? '…' : ''}`
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
  // The body is read only when the lead has no match.
  const body = hasMatch(lead) ? '' : markTerms(text.body ?? '', terms, SNIPPET_WORDS)
  return {
    id,
    title: toSegments(markTerms(text.title ?? '', terms)),
    snippet: toSegments(hasMatch(body) ? body : lead),
  }
}
