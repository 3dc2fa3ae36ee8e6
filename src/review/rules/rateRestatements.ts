import { parseNumber } from '../parseNumber'
import type { PreparedField } from '../prepareArticle'
import type { Finding } from '../types'
import { slipOf } from './countMentions'

/** A quantity per period: "30 ton sampah organik per hari", "kapasitas 20 ton per hari". */
const RATE = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)\s+(ton|kilogram|kg|liter|meter\s+kubik|m3)((?:\s+\p{Ll}+){0,2}?)\s+(?:per|setiap|tiap|sehari|se)\s*(hari|pekan|minggu|bulan|tahun|jam)(?![\p{L}])/giu
/** What a facility can take or process: its capacity, restated. */
const CAPACITY = /(?<![\p{L}])(?:kapasitas|berkapasitas|mengolah|diolah|mampu|menampung|mengelola)(?![\p{L}])/iu
/** Frame words between a rate's noun and its figure ("timbulan sampah kota mencapai …", "dengan timbulan …"). */
const FRAME = new Set(['mencapai', 'sebanyak', 'sebesar', 'sekitar', 'hanya', 'rata-rata', 'dengan', 'yakni', 'yaitu', 'ada', 'tercatat'])
/** Another time, a quota or a change: a second figure of the rate is then no slip. */
const OTHER = /(?<![\p{L}])(?:lalu|sebelumnya|semula|dulu|target|kuota|menjadi|naik|turun)(?![\p{L}])/iu

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
    const wide = field.text.slice(Math.max(0, m.index - 70), m.index)
    const words: string[] = wide.slice(Math.max(wide.lastIndexOf(','), wide.lastIndexOf('.'), wide.lastIndexOf('\n')) + 1).toLowerCase().match(/[\p{L}-]+/gu) ?? []
    const head = words.filter((w) => !FRAME.has(w)).at(-1)
    return { value: parseNumber(m[1]), unit: m[2].toLowerCase().replace(/\s+/g, ' '), period: m[4].toLowerCase(), start: m.index, end: m.index + m[0].length, excerpt: m[0], capacity: CAPACITY.test(clause), head, words, other: OTHER.test(clause) }
  })
  const findings: Finding[] = []
  // Since round 23 also a rate named by the word right before its figure that the earlier rate's clause names
  // ("timbulan sampah kota mencapai 236 ton per hari" … "dengan timbulan 263 ton per hari"), not of another time.
  const named = (r: (typeof rates)[number], later: (typeof rates)[number]) => later.head !== undefined && !later.other && !r.other && r.words.includes(later.head)
  for (const [i, later] of rates.entries()) {
    const same = rates.filter((r) => r !== later && r.unit === later.unit && r.period === later.period)
    if (same.some((r) => r.value === later.value)) continue
    const earlier = rates.slice(0, i).filter((r) => ((r.capacity && later.capacity) || named(r, later)) && r.unit === later.unit && r.period === later.period && slipOf(r.value, later.value))
    if (earlier.length !== 1) continue
    findings.push({
      rule: 'number-consistency',
      category: 'accuracy',
      severity: 'warning',
      message: `Angka tidak konsisten: bagian sebelumnya menyebut "${earlier[0].excerpt}", sedangkan bagian ini menyebut "${later.excerpt}" untuk besaran yang sama. Samakan angkanya atau jelaskan perbedaannya.`,
      field: field.field,
      start: later.start,
      end: later.end,
      excerpt: later.excerpt,
      suggestion: earlier[0].excerpt,
    })
  }
  return findings
}
