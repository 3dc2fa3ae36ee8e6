import { NUMBER_WORD, parseNumberWords } from '../numberWords'
import { parseNumber } from '../parseNumber'
import type { PreparedField } from '../prepareArticle'
import type { Finding } from '../types'
import { slipOf } from './countMentions'

const FIGURE = `(\\d{1,3}(?:\\.\\d{3})+|\\d+|${NUMBER_WORD})`
const valueOf = (figure: string) => (/^\d/.test(figure) ? parseNumber(figure) : parseNumberWords(figure))
/** A count for each unit: "masing-masing rute dilayani 8 armada bus", "setiap posko dijaga 4 petugas". */
const EACH = new RegExp(`(?<![\\p{L}])(?:masing-masing|setiap|tiap)\\s+(?<unit>\\p{Ll}+)\\s+(?:\\p{Ll}+\\s+){1,2}?(?<n>\\d+|${NUMBER_WORD})\\s+(?<w1>\\p{Ll}+)(?:\\s+(?<w2>\\p{Ll}+))?`, 'giu')
/** The whole restated for all the units: "18 bus untuk kedua rute", "32 petugas di keempat posko", "di seluruh 8 posko". */
const ALL_UNITS = (unit: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}.,])(?<m>\\d{1,3}(?:\\.\\d{3})+|\\d+)\\s+(?<noun>\\p{Ll}+)(?:\\s+\\p{Ll}+){0,2}?\\s+(?:untuk|bagi|di|pada|melayani)\\s+(?:ke(?<collective>${NUMBER_WORD})|seluruh|semua)\\s+(?:\\d+\\s+)?${unit}(?![\\p{L}])`, 'giu')

/**
 * Round 22: a count for each unit times the units against the whole restated for all of them
 * ("dua rute baru … masing-masing rute dilayani 8 armada bus" … "operasional 18 bus untuk kedua
 * rute": 16). The units are counted before the count for each (the last count of the unit noun) or
 * by the collective of the restatement ("kedua"); the restated whole counts the same noun and is
 * reported when it differs from the product but looks like it mistyped (one digit changed or swapped).
 */
export function eachTimesUnits(field: PreparedField): Finding[] {
  const findings: Finding[] = []
  for (const e of field.text.matchAll(EACH)) {
    const g = e.groups ?? {}
    const each = valueOf(g.n)
    const nouns = new Set([g.w1.toLowerCase(), g.w2?.toLowerCase()].filter(Boolean))
    if (!(each >= 1)) continue
    const unitsBefore = [...field.text.slice(0, e.index).matchAll(new RegExp(`(?<![\\p{L}\\p{N}.,])${FIGURE}\\s+(?:\\p{Ll}+\\s+)?${g.unit}(?![\\p{L}])`, 'giu'))].map((m) => valueOf(m[1])).filter((v) => v >= 2)
    for (const r of field.text.slice(e.index + e[0].length).matchAll(ALL_UNITS(g.unit))) {
      const h = r.groups ?? {}
      if (!nouns.has(h.noun.toLowerCase())) continue
      const units = h.collective ? parseNumberWords(h.collective) : unitsBefore.at(-1)
      if (!units || !(units >= 2)) continue
      const stated = parseNumber(h.m)
      const product = units * each
      if (stated === product || !slipOf(stated, product)) continue
      const start = e.index + e[0].length + r.index
      const excerpt = `${h.m} ${h.noun}`
      findings.push({
        rule: 'number-consistency',
        category: 'accuracy',
        severity: 'warning',
        message: `Angka tidak konsisten: ${units} ${g.unit} dengan masing-masing ${each} ${[g.w1, g.w2].filter(Boolean).join(' ')} berjumlah ${product}, sedangkan kalimat ini menyebut "${excerpt}". Samakan angkanya atau jelaskan perbedaannya.`,
        field: field.field,
        start,
        end: start + excerpt.length,
        excerpt,
        suggestion: `${product} ${h.noun}`,
      })
    }
  }
  return findings
}
