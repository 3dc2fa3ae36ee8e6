import { NUMBER_WORD, parseNumberWords } from '../numberWords'
import type { PreparedField } from '../prepareArticle'
import type { Finding } from '../types'
import { CAPTION, type Mention, mismatch, same, slipOf } from './countMentions'

/**
 * A collective numeral before a noun ("Keempat jembatan itu", "kedua belas bus tersebut"): the
 * whole set named before, by its size. Ordinals follow the noun ("jembatan keempat") and are not read.
 */
const COLLECTIVE = new RegExp(`(?<![\\p{L}-])[Kk]e(?<word>${NUMBER_WORD})\\s+(?<noun>\\p{Ll}[\\p{Ll}-]*)(?![\\p{L}])`, 'gu')
const CLASSIFIERS = new Set(['orang', 'buah', 'unit', 'ekor', 'lembar', 'batang', 'biji', 'pasang'])
/** Words after "kedua" that make an idiom, not a count ("kedua belah pihak", "kedua kalinya"). */
const NOT_A_SET = new Set(['belah', 'kali', 'kalinya', 'sisi'])
/** A demonstrative up to three modifiers after the noun: an explicit reference back. */
const DEMONSTRATIVE = /^(?:\s+(?!(?:yang|di|dari|dan|serta|dengan|pada|untuk)(?![\p{L}]))[\p{Ll}-]+){0,3}\s+(?:tersebut|itu)(?![\p{L}])/u
/** A sentence that names a part or another time: the set may be another one. */
const OTHER_SET = /(?<![\p{L}])(?:di\s+antaranya|antara\s+lain|sebagian|sisanya|selebihnya|lainnya|termasuk|tahun\s+lalu|sebelumnya|semula|awalnya|target|ditargetkan|tambahan|lolos|terpilih|terbaik|finalis)(?![\p{L}])/iu

/**
 * Round 16: a collective numeral referring back to the one earlier count of its noun (headline,
 * lead or an earlier body sentence, all with one figure) with another figure. "Tiga Jembatan
 * Diperbaiki" … "Keempat jembatan itu" is reported on the collective. Only with a demonstrative
 * and a size of three or more is it a warning; "kedua" (also "both" of two picked from more) and
 * a collective without a demonstrative are info.
 */
export function collectiveCounts(field: PreparedField, body: Mention[], earlier: Mention[], stopwords: Set<string>): Finding[] {
  const findings: Finding[] = []
  for (const m of field.text.matchAll(COLLECTIVE)) {
    const g = m.groups ?? {}
    let noun = g.noun
    let end = m.index + m[0].length
    const value = parseNumberWords(g.word)
    if (!(value >= 2) || NOT_A_SET.has(noun)) continue
    const next = /^\s+(\p{Ll}[\p{Ll}-]*)(?![\p{L}])/u.exec(field.text.slice(end))
    if (noun === 'orang' && next?.[1] === 'tua') continue
    if (CLASSIFIERS.has(noun) && next && !/^(?:itu|tersebut|ini|yang|di|dari|dan|pun|juga)$/.test(next[1])) {
      noun = next[1]
      end += next[0].length
    }
    if (stopwords.has(noun)) continue
    const paragraph = field.paragraphs.find((p) => p.start <= m.index && m.index < p.end)
    if (paragraph && CAPTION.test(field.text.slice(paragraph.start, paragraph.end))) continue
    const sentence = field.sentences.find((s) => s.start <= m.index && m.index < s.end)
    if (!sentence || OTHER_SET.test(field.text.slice(sentence.start, sentence.end))) continue
    const prior = [...earlier, ...body.filter((o) => o.end <= sentence.start)].filter((o) => o.noun === noun && !o.approximate && !o.coordinated)
    if (prior.length === 0 || prior.some((o) => same(o.value, value) || !same(o.value, prior[0].value))) continue
    const right = prior[0]
    // The set's size is written before (a part counted: "empat di antaranya", "4 sekolah baru"): no contradiction.
    const before = field.text.slice(0, sentence.start)
    if (body.some((o) => o.end <= sentence.start && same(o.value, value))) continue
    if (new RegExp(`(?<![\\p{L}\\d.,])(?:${value}|${g.word.replace(/\s+/g, '\\s+')})(?![\\p{L}\\d])`, 'iu').test(before)) continue
    const close = (value >= right.value / 2 && value <= right.value * 2) || slipOf(right.value, value)
    if (!close) continue
    const mention: Mention = { field: 'body', noun, value, approximate: false, coordinated: false, total: false, start: m.index, end, excerpt: field.text.slice(m.index, end) }
    const finding = mismatch(mention, right, `bagian sebelumnya menyebut "${right.excerpt}", sedangkan rujukan "${mention.excerpt}" menyebut jumlah lain`)
    const explicit = DEMONSTRATIVE.test(field.text.slice(end, sentence.end))
    findings.push(explicit && value >= 3 ? finding : { ...finding, severity: 'info' })
  }
  return findings
}
