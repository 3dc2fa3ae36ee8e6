import { NUMBER_WORD, parseNumberWords } from '../numberWords'
import { parseNumber } from '../parseNumber'
import type { PreparedField } from '../prepareArticle'
import type { Figure } from './partFigures'

/**
 * A count, then "masing-masing" right before an amount, in the item's clause: "dua juara harapan masing-masing Rp2,5 juta",
 * "tiga kampung lain meraih juara harapan dengan hadiah masing-masing Rp5 juta"; or a count of times ("ditambah dua kali
 * Rp3.000").
 */
const COUNTED_EACH = new RegExp(`(?<![\\p{L}\\p{N}.,])(\\d+|${NUMBER_WORD})\\s+(?:\\p{Ll}+(?:\\s+\\p{Ll}+){0,6}?\\s+masing-masing|kali)\\s+$`, 'iu')

/**
 * Round 22: amounts of a breakdown given for each of a counted group ("serta dua juara harapan masing-masing Rp2,5
 * juta") count that many times: the part is the amount times the count. Other parts stay as they are.
 */
export function countedEach(field: PreparedField, parts: Figure[]): Figure[] {
  return parts.map((p, i) => {
    if (!p.money) return p
    const from = i > 0 ? parts[i - 1].end : Math.max(0, p.start - 100)
    const clause = field.text.slice(from, p.start).split(/[,;:.]/u).at(-1) ?? ''
    const m = COUNTED_EACH.exec(clause)
    if (!m) return p
    const count = /^\d/.test(m[1]) ? parseNumber(m[1]) : parseNumberWords(m[1])
    return count >= 2 && count <= 20 ? { ...p, value: p.value * count } : p
  })
}
