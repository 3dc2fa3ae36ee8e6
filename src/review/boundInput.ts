import type { ArticleField, ArticleInput, Finding } from './types'

/**
 * Characters of one field the rules read (~4,500 words; the longest corpus article has 450).
 * Several rules compare every mention with every other, so the work grows with the square of
 * the text: at this bound a text made of nothing but amounts takes ~2.5 s, twice the bound ~10 s.
 */
export const MAX_REVIEWED_CHARS = 30_000
/** Whitespace runs longer than this are shortened for the rules: look-behinds with `\s*` rescan a run at every position. */
const LONG_WHITESPACE = /\s{17,}/gu
/** Stands in for the inside of a long whitespace run: no letter, digit, space or punctuation to any rule. */
const FILLER = '\u2063'
const FIELDS: readonly ArticleField[] = ['title', 'lead', 'body']

/** The part of `text` the rules read: cut at the last paragraph break before the bound, long whitespace runs filled in place. */
function boundText(text: string): { text: string; cut: boolean } {
  let bounded = text
  const cut = bounded.length > MAX_REVIEWED_CHARS
  if (cut) {
    const paragraph = bounded.lastIndexOf('\n\n', MAX_REVIEWED_CHARS)
    let end = paragraph > MAX_REVIEWED_CHARS * 0.8 ? paragraph : MAX_REVIEWED_CHARS
    if (/[\uD800-\uDBFF]/.test(bounded[end - 1] ?? '')) end--
    bounded = bounded.slice(0, end)
  }
  // Same length, so every offset into the bounded text is an offset into the original.
  bounded = bounded.replace(LONG_WHITESPACE, (run) => run.slice(0, 2) + FILLER.repeat(run.length - 4) + run.slice(-2))
  return { text: bounded, cut }
}

/**
 * What analyzeArticle reads of `given`, and how to turn its findings back into findings on
 * `given`: excerpts read from the original text, and a warning on each field read only in part.
 */
export function boundInput(given: ArticleInput): { input: ArticleInput; restore: (findings: Finding[]) => Finding[] } {
  const input: ArticleInput = { ...given }
  const changed = new Set<ArticleField>()
  const notices: Finding[] = []
  for (const field of FIELDS) {
    const text = given[field]
    if (typeof text !== 'string') continue
    const bounded = boundText(text)
    if (bounded.text === text) continue
    input[field] = bounded.text
    changed.add(field)
    if (!bounded.cut) continue
    notices.push({
      rule: 'review-limit',
      category: 'accuracy',
      severity: 'warning',
      message: `Teks ini terlalu panjang untuk diperiksa seluruhnya: asisten hanya memeriksa ${bounded.text.length.toLocaleString('id-ID')} karakter pertama. Periksa sisanya sendiri.`,
      field,
      start: bounded.text.length,
      end: Math.min(text.length, bounded.text.length + 80),
      excerpt: text.slice(bounded.text.length, bounded.text.length + 80),
    })
  }
  const restore = (findings: Finding[]): Finding[] => {
    if (!changed.size) return findings
    const original = (f: Finding) => (changed.has(f.field) ? { ...f, excerpt: (given[f.field] ?? '').slice(f.start, f.end) } : f)
    return [...findings.map(original), ...notices]
  }
  return { input, restore }
}
