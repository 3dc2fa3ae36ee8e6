import type { PreparedField } from '../prepareArticle'
import type { Finding } from '../types'
import { type Mention, listed, mismatch, same, slipOf } from './countMentions'
import { BREAKDOWN_WORD, inCaption, REFERS_BACK, swapped } from './countRestatements'
import { ellipticalTotal } from './ellipticalItems'

const NOT_RESTATED = /(?<![\p{L}])(?:di\s+antaranya|antara\s+lain|sebagian|sisanya|selebihnya|termasuk|tahun\s+lalu|sebelumnya|semula|awalnya|target|ditargetkan)(?![\p{L}])/iu

/**
 * A later count that refers back with a demonstrative ("16 kampung itu", "Ke-65 warga tersebut")
 * to the one earlier count of its noun, with another figure (round 13). Before, such a reference
 * was compared only with a lead total framed "Sebanyak …" or confirmed by the headline; a
 * demonstrative says the same set is meant, so one earlier figure is enough. The earlier counts of
 * the noun (headline and body before the sentence) must all give one figure, and the two must be
 * close (half to twice, or a slip of the digits): a much smaller set is more likely a part. An
 * earlier figure already reported (`reported`) is the one at fault, not the reference.
 */
export function referencesBack(field: PreparedField, body: Mention[], title: Mention[], reported: (m: Mention) => boolean): Finding[] {
  const findings: Finding[] = []
  for (const m of body) {
    if (m.approximate || m.coordinated || inCaption(field, m) || !REFERS_BACK.test(field.text.slice(m.end, m.end + 40))) continue
    const sentence = field.sentences.find((s) => s.start <= m.start && m.start < s.end)
    if (!sentence) continue
    const text = field.text.slice(sentence.start, sentence.end)
    if (NOT_RESTATED.test(text) || BREAKDOWN_WORD.test(field.text.slice(sentence.start, m.start))) continue
    if (body.some((o) => o !== m && o.noun === m.noun && listed(field.text, o, m))) continue
    const prior = [...title, ...body.filter((o) => o.end <= sentence.start && !inCaption(field, o))].filter((o) => o.noun === m.noun && !o.approximate && !o.coordinated)
    if (prior.length === 0 || prior.some((o) => same(o.value, m.value))) continue
    if (prior.some((o) => !same(o.value, prior[0].value))) continue
    const right = prior.at(-1) as Mention
    // Since round 20 the total of a breakdown that named its noun once ("tiga alat di Code, dua di Winongo, …" → "tujuh alat itu").
    if (prior.some((o) => o.field === 'body' && same(ellipticalTotal(field, o) ?? Number.NaN, m.value))) continue
    // The earlier figure is itself reported (a headline the body contradicts): one finding is enough.
    if (prior.some(reported)) continue
    const close = (m.value >= right.value / 2 && m.value <= right.value * 2) || slipOf(right.value, m.value) || swapped(right.value, m.value)
    if (!close) continue
    findings.push(mismatch(m, right, `bagian sebelumnya menyebut "${right.excerpt}", sedangkan rujukan "${m.excerpt}" menyebut angka lain`))
  }
  return findings
}
