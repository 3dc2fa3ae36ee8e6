import type { PreparedField } from '../prepareArticle'
import type { Finding } from '../types'
import { type Mention, mismatch, slipOf } from './countMentions'
import { GROUP_NOUNS } from './generalisation'

/** Counters of people that name no group: the group is named elsewhere in their sentence. */
const COUNTERS = new Set(['jiwa', 'orang'])
const PEOPLE = new Set<string>([...GROUP_NOUNS, 'pengungsi', 'korban', 'pemudik', 'pasien', 'penerima', 'pendaftar', 'peserta'])
/** Another time in the later count's sentence, or a part or another set in its clause. */
const OTHER_TIME = /(?<![\p{L}])(?:lalu|sebelumnya|kemarin|semula|target)(?![\p{L}])/iu
const PART = /(?<![\p{L}])(?:antara|sebagian|termasuk|lain|lainnya|tambahan|sisanya)(?![\p{L}])/iu

const sentenceAround = (text: string, at: number, stops: RegExp) => {
  const before = text.slice(0, at)
  const start = Math.max(...[...before.matchAll(stops)].map((m) => m.index + m[0].length), 0)
  const after = text.slice(at).search(stops)
  return text.slice(start, after < 0 ? text.length : at + after)
}

/**
 * Since round 23 a count of people in a counter ("124 jiwa", "356 orang") in the headline, lead or opening, whose
 * sentence names the people ("Jumlah warga yang mengungsi … 124 jiwa"), restated later in the body as a count of those
 * people with the figure mistyped (`slipOf`: "BPBD mencatat 142 warga mengungsi"). Not when the article gives the later
 * figure elsewhere, and not in a clause of another time, a part or another set.
 */
export function renamedPeopleCounts(fields: readonly PreparedField[], body: PreparedField, bodyMentions: Mention[], earlier: Mention[]): Finding[] {
  const findings: Finding[] = []
  const all = [...earlier, ...bodyMentions]
  for (const whole of earlier.filter((m) => COUNTERS.has(m.noun) && !m.approximate)) {
    const field = fields.find((f) => f.field === whole.field)
    if (!field) continue
    const sentence = field.field === 'title' ? field.text : sentenceAround(field.text, whole.start, /[.!?](?=\s)|\n/gu)
    for (const later of bodyMentions) {
      if (later.approximate || !PEOPLE.has(later.noun) || COUNTERS.has(later.noun) || (whole.field === 'body' && later.start <= whole.end)) continue
      if (later.value < 10 || !slipOf(whole.value, later.value) || all.some((m) => m !== later && m.value === later.value)) continue
      // The people named beside the counter and not counted there ("Pelatihan diikuti 60 peserta …, barista 28 orang"
      // counts them: the counter is a part).
      if (!new RegExp(`(?<![\\p{L}])${later.noun}(?![\\p{L}])`, 'iu').test(sentence) || new RegExp(`\\d\\s+${later.noun}(?![\\p{L}])`, 'iu').test(sentence)) continue
      if (OTHER_TIME.test(sentenceAround(body.text, later.start, /[.!?](?=\s)|\n/gu)) || PART.test(sentenceAround(body.text, later.start, /[.,;!?](?=\s)|\n/gu))) continue
      if (!findings.some((f) => f.start === later.start)) findings.push(mismatch(later, whole, `bagian sebelumnya menyebut "${whole.excerpt}", sedangkan isi berita menyebut "${later.excerpt}"`))
    }
  }
  return findings
}
