import { NUMBER_WORD, parseNumberWords } from '../numberWords'
import { parseNumber } from '../parseNumber'
import type { PreparedField } from '../prepareArticle'

/** A whole referred back to, then split: "Dari 11 sekolah tersebut, …", "dari total 40 kios itu, …". */
const REFERENCED = /(?<![\p{L}])dari\s+(?:total\s+|seluruh\s+)?(\d{1,3}(?:\.\d{3})+|\d+)\s+(\p{Ll}[\p{L}-]*)\s+(?:tersebut|itu)\s*,/giu
/** Some parts only, or parts that may overlap. */
const PARTIAL = /(?<![\p{L}])(?:antara\s+lain|di\s+antaranya|termasuk|sebagian|sisanya|selebihnya|lainnya|juga|sekaligus|bersamaan)(?![\p{L}])/iu

export interface ReferencedBreakdown {
  start: number
  end: number
  excerpt: string
  total: number
  parts: string[]
  sum: number
}

/**
 * A whole referred back to and split into counts of the same noun in the rest of the sentence,
 * figures or numerals in words ("Dari 11 sekolah tersebut, dua sekolah meraih …, empat sekolah …,
 * dan tujuh sekolah …"), round 11. Only parts that add up to more than the whole are reported:
 * fewer may leave a group unnamed.
 */
export function referencedBreakdowns(field: PreparedField): ReferencedBreakdown[] {
  const found: ReferencedBreakdown[] = []
  for (const m of field.text.matchAll(REFERENCED)) {
    const noun = m[2]
    const sentence = field.sentences.find((s) => s.start <= m.index && m.index < s.end)
    if (!sentence) continue
    const rest = field.text.slice(m.index + m[0].length, sentence.end)
    if (PARTIAL.test(rest)) continue
    const part = new RegExp(`(?<![\\p{L}\\p{N}.,])(\\d+|${NUMBER_WORD})\\s+${noun}(?![\\p{L}])`, 'giu')
    const parts = [...rest.matchAll(part)]
    if (parts.length < 2) continue
    const values = parts.map((p) => (/^\d/.test(p[1]) ? parseNumber(p[1]) : parseNumberWords(p[1])))
    const total = parseNumber(m[1])
    const sum = values.reduce((s, v) => s + v, 0)
    if (values.some((v) => !(v < total)) || sum <= total) continue
    const start = m.index + m[0].indexOf(m[1])
    const end = start + `${m[1]} ${noun}`.length
    if (field.text.slice(start, end).replace(/\s+/g, ' ') !== `${m[1]} ${noun}`) continue
    found.push({ start, end, excerpt: field.text.slice(start, end), total, parts: parts.map((p) => p[0]), sum })
  }
  return found
}
