import { NUMBER_WORD, parseNumberWords } from '../numberWords'
import type { PreparedField } from '../prepareArticle'
import type { Finding } from '../types'

/** A duration: "selama 14 hari", "selama dua pekan". */
const DURATION = new RegExp(`(?<![\\p{L}])selama\\s+(?<figure>\\d+|${NUMBER_WORD})\\s+(?<unit>hari|pekan|minggu|bulan|tahun)(?![\\p{L}])`, 'giu')
const REFERS_BACK = /^\s+(?:[\p{Ll}-]+\s+){0,3}?(?:itu|tersebut)(?![\p{L}])/u
const UNIT_OF: Record<string, string> = { minggu: 'pekan' }

/**
 * A duration that refers back with a demonstrative to the one duration given before in the same
 * unit, with another figure (round 13): "Jalan Kenari ditutup selama 14 hari" … "Penutupan
 * selama 15 hari itu …". Durations are no counted nouns, so number-consistency did not compare
 * them; the demonstrative says the same span is meant. Every earlier duration in that unit must
 * give one figure.
 */
export function durationReferences(fields: PreparedField[]): Finding[] {
  const findings: Finding[] = []
  const earlier: { field: PreparedField; value: number; unit: string; excerpt: string }[] = []
  for (const field of fields) {
    if (field.field === 'title') continue
    for (const m of field.text.matchAll(DURATION)) {
      const figure = m.groups?.figure ?? ''
      const value = /^\d/.test(figure) ? Number(figure) : parseNumberWords(figure)
      const unitWord = (m.groups?.unit ?? '').toLowerCase()
      const unit = UNIT_OF[unitWord] ?? unitWord
      const start = m.index + m[0].indexOf(figure)
      const end = m.index + m[0].length
      const excerpt = field.text.slice(start, end)
      const before = earlier.filter((d) => d.unit === unit)
      if (REFERS_BACK.test(field.text.slice(end, end + 40)) && before.length > 0 && before.every((d) => d.value === before[0].value) && before[0].value !== value) {
        findings.push({
          rule: 'number-consistency',
          category: 'accuracy',
          severity: 'warning',
          message: `Angka tidak konsisten: bagian sebelumnya menyebut "selama ${before[0].excerpt}", sedangkan rujukan "${excerpt}" menyebut lama waktu lain. Samakan angkanya atau jelaskan perbedaannya.`,
          field: field.field,
          start,
          end,
          excerpt,
          suggestion: before[0].excerpt,
        })
      }
      earlier.push({ field, value, unit, excerpt })
    }
  }
  return findings
}
