import type { PreparedField } from '../prepareArticle'
import type { Finding } from '../types'
import { CLASSIFIERS, type Mention, listed, mismatch, same, slipOf } from './countMentions'
import { BREAKDOWN_WORD, inCaption, REFERS_BACK, sharesVerb, swapped } from './countRestatements'
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

/** A "yang" clause after the noun closed by a demonstrative: "2.340 ekor yang telah diperiksa tersebut", "74 orang yang dijangkau malam itu". */
const CLAUSE_BACK = /^(?:\s+(?!yang\b)\p{Ll}+)?\s+yang(?:\s+\p{Ll}+){1,4}\s+(?:tersebut|itu)(?![\p{L}])/u

/**
 * Round 22: a later count referring back to a set ("Dari 2.340 ekor yang telah diperiksa tersebut",
 * "74 orang yang dijangkau" after "menjangkau 47 …") when the noun has other, legitimately different
 * figures (`referencesBack` wants one figure). The reference is a demonstrative after the noun or
 * its "yang" clause, or a "yang" verb the earlier count's sentence shares; its figure (two digits or
 * more) is a digit slip of exactly one earlier count of the noun, and equals none: that set, mistyped.
 */
export function slippedReferences(field: PreparedField, body: Mention[], title: Mention[], reported: (m: Mention) => boolean): Finding[] {
  const findings: Finding[] = []
  for (const m of body) {
    if (m.approximate || m.coordinated || m.value < 10 || inCaption(field, m)) continue
    const sentence = field.sentences.find((s) => s.start <= m.start && m.start < s.end)
    if (!sentence) continue
    // The base of a breakdown ("dari 85 penderita yang ditemukan, 11 di antaranya …") is judged on its own clause.
    const comma = field.text.slice(m.end, sentence.end).search(/[,;]/u)
    const base = /(?<![\p{L}])dari\s+$/iu.test(field.text.slice(Math.max(0, m.start - 8), m.start))
    const own = field.text.slice(sentence.start, base && comma >= 0 ? m.end + comma : sentence.end)
    if (NOT_RESTATED.test(own) || BREAKDOWN_WORD.test(field.text.slice(sentence.start, m.start))) continue
    if (body.some((o) => o !== m && o.noun === m.noun && listed(field.text, o, m))) continue
    // A bare classifier ("2.340 ekor yang …") counts what the classifier counted before ("2.430 ekor hewan").
    const counts = (o: Mention) => o.noun === m.noun || (CLASSIFIERS.has(m.noun) && o.excerpt.split(/\s+/)[1]?.toLowerCase() === m.noun)
    const prior = [...title, ...body.filter((o) => o.end <= sentence.start && !inCaption(field, o))].filter((o) => counts(o) && !o.approximate && !o.coordinated)
    if (prior.some((o) => same(o.value, m.value) || (o.field === 'body' && same(ellipticalTotal(field, o) ?? Number.NaN, m.value)))) continue
    const after = field.text.slice(m.end, m.end + 60)
    if (prior.length === 0) {
      const list = REFERS_BACK.test(after) || CLAUSE_BACK.test(after) ? slippedListSum(field, body, sentence.start, m.value) : undefined
      if (list) findings.push(mismatch(m, list, `bagian sebelumnya merinci "${list.excerpt}" (berjumlah ${list.value.toLocaleString('id-ID')}), sedangkan rujukan "${m.excerpt}" menyebut angka lain`))
      // Since round 22 also the one earlier count of another noun described by the same verb with the digits swapped ("menemukan
      // 58 kasus baru" … "dari 85 penderita yang ditemukan"): one set under two names.
      const named = list ? [] : body.filter((o) => o.end <= sentence.start && !o.approximate && swapped(o.value, m.value) && sharesVerb(field, o, m))
      if (named.length === 1) findings.push(mismatch(m, named[0], `bagian sebelumnya menyebut "${named[0].excerpt}", sedangkan rujukan "${m.excerpt}" menyebut angka lain`))
      continue
    }
    const slipped = [...new Set(prior.filter((o) => slipOf(o.value, m.value) || swapped(o.value, m.value)).map((o) => o.value))]
    if (slipped.length !== 1) continue
    const right = prior.filter((o) => same(o.value, slipped[0])).at(-1) as Mention
    const refers = REFERS_BACK.test(after) || CLAUSE_BACK.test(after) || prior.some((o) => o.field === 'body' && same(o.value, right.value) && sharesVerb(field, o, m))
    if (!refers || prior.some(reported)) continue
    findings.push(mismatch(m, right, `bagian sebelumnya menyebut "${right.excerpt}", sedangkan rujukan "${m.excerpt}" menyebut angka lain`))
  }
  return findings
}

/**
 * Round 22: the one earlier list of counts ("diikuti 312 siswa, 19 guru, dan 6 tenaga kependidikan")
 * whose sum a reference with no earlier count of its own noun ("373 peserta tersebut") restates with
 * its digits slipped, as a mention spanning the list; none when another list adds up to the figure.
 */
function slippedListSum(field: PreparedField, body: Mention[], before: number, value: number): Mention | undefined {
  const runs: Mention[][] = []
  for (const o of body.filter((x) => x.end <= before && !x.approximate)) {
    const run = runs.at(-1)
    if (run && listed(field.text, run.at(-1) as Mention, o)) run.push(o)
    else runs.push([o])
  }
  const sums = runs.filter((r) => r.length >= 2).map((r) => ({ run: r, sum: r.reduce((t, o) => t + o.value, 0) }))
  if (sums.some((x) => same(x.sum, value))) return undefined
  const slipped = sums.filter((x) => slipOf(x.sum, value))
  if (slipped.length !== 1) return undefined
  const { run, sum } = slipped[0]
  const start = run[0].start
  const end = (run.at(-1) as Mention).end
  return { ...run[0], value: sum, start, end, excerpt: field.text.slice(start, end) }
}
