import { NUMBER_WORD, parseNumberWords } from '../numberWords'
import { parseNumber } from '../parseNumber'
import type { PreparedField } from '../prepareArticle'
import type { Mention } from './countMentions'

/** A bare figure of a list item whose noun is left out: ", dua di Sungai Winongo", "dan 12 untuk lansia". */
const BARE_ITEM = new RegExp(`(?:,|\\s(?:dan|serta))\\s+(?:(\\d+)|(${NUMBER_WORD}))\\s+(?:di|ke|untuk|bagi|pada|dari)(?![\\p{L}])`, 'giu')

/**
 * The total of a breakdown whose first item names the noun and the others leave it out (round 20):
 * "tiga alat dipasang di Sungai Code, dua di Sungai Winongo, dan dua di Sungai Gajah Wong" → 7.
 * Null when the sentence has no such bare item.
 */
export function ellipticalTotal(field: PreparedField, first: Mention): number | null {
  const sentence = field.sentences.find((s) => s.start <= first.start && first.start < s.end)
  if (!sentence) return null
  let total = first.value
  let items = 0
  for (const m of field.text.slice(first.end, sentence.end).matchAll(BARE_ITEM)) {
    total += m[1] ? parseNumber(m[1]) : parseNumberWords(m[2])
    items++
  }
  return items > 0 && Number.isFinite(total) ? total : null
}

/**
 * Since round 21 the parts of a breakdown of one noun with the bare items after the first added as counts of
 * that noun ("terdiri atas 842 pelaku usaha pada bulan Januari dan 562 pada bulan Februari" → 842, 562).
 */
export function withBareCounts<T extends { value: number; money: boolean; noun: string; start: number; end: number; excerpt: string }>(field: PreparedField, parts: T[], end: number): T[] {
  const counts = parts.filter((p) => !p.money)
  if (counts.length === 0 || new Set(counts.map((p) => p.noun)).size > 1) return parts
  const first = counts[0]
  const bare: T[] = []
  for (const m of field.text.slice(first.end, end).matchAll(BARE_ITEM)) {
    const value = m[1] ? parseNumber(m[1]) : parseNumberWords(m[2])
    const start = first.end + m.index + m[0].indexOf(m[1] ?? m[2])
    const excerpt = m[1] ?? m[2]
    // ", 10 di antaranya pelajar" picks some out of the parts, it adds none.
    if (/^\s*antara/iu.test(field.text.slice(first.end + m.index + m[0].length, first.end + m.index + m[0].length + 10))) continue
    if (Number.isFinite(value) && !parts.some((p) => p.start <= start && start < p.end)) bare.push({ ...first, value, start, end: start + excerpt.length, excerpt })
  }
  return bare.length ? [...parts, ...bare].sort((a, b) => a.start - b.start) : parts
}
