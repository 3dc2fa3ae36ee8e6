import { parseNumber } from '../parseNumber'
import type { PreparedField } from '../prepareArticle'
import type { Finding } from '../types'
import { slipOf } from './countMentions'

/** A quantity per period: "30 ton sampah organik per hari", "kapasitas 20 ton per hari". */
const RATE = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)\s+(ton|kilogram|kg|liter|meter\s+kubik|m3)((?:\s+\p{Ll}+){0,2}?)\s+(?:per|setiap|tiap|sehari|se)\s*(hari|pekan|minggu|bulan|tahun|jam)(?![\p{L}])/giu
/** What a facility can take or process: its capacity, restated. */
const CAPACITY = /(?<![\p{L}])(?:kapasitas|berkapasitas|mengolah|diolah|mampu|menampung|mengelola)(?![\p{L}])/iu

/**
 * Round 22: a facility's capacity per period given twice with two figures that look like one
 * mistyped ("mengolah 30 ton sampah organik per hari" … "dengan kapasitas 20 ton per hari";
 * "mampu mengolah 54 ton sampah per hari" … "kapasitas 45 ton sampah per hari"): the same unit and
 * period, both framed by a capacity word within their clause, one digit changed or swapped. The later
 * one is reported, unless the article gives its figure elsewhere for that unit and period.
 */
export function rateRestatements(field: PreparedField): Finding[] {
  const rates = [...field.text.matchAll(RATE)].map((m) => {
    const before = field.text.slice(Math.max(0, m.index - 40), m.index)
    const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1)
    return { value: parseNumber(m[1]), unit: m[2].toLowerCase().replace(/\s+/g, ' '), period: m[4].toLowerCase(), start: m.index, end: m.index + m[0].length, excerpt: m[0], capacity: CAPACITY.test(clause) }
  })
  const findings: Finding[] = []
  for (const [i, later] of rates.entries()) {
    if (!later.capacity) continue
    const same = rates.filter((r) => r !== later && r.unit === later.unit && r.period === later.period)
    if (same.some((r) => r.value === later.value)) continue
    const earlier = rates.slice(0, i).filter((r) => r.capacity && r.unit === later.unit && r.period === later.period && slipOf(r.value, later.value))
    if (earlier.length !== 1) continue
    findings.push({
      rule: 'number-consistency',
      category: 'accuracy',
      severity: 'warning',
      message: `Angka tidak konsisten: bagian sebelumnya menyebut "${earlier[0].excerpt}", sedangkan bagian ini menyebut "${later.excerpt}" untuk kapasitas yang sama. Samakan angkanya atau jelaskan perbedaannya.`,
      field: field.field,
      start: later.start,
      end: later.end,
      excerpt: later.excerpt,
      suggestion: earlier[0].excerpt,
    })
  }
  return findings
}
