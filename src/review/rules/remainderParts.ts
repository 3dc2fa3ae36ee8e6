import { parseNumber } from '../parseNumber'
import type { PreparedField } from '../prepareArticle'
import type { Finding } from '../types'

/** A count of a noun closed by a remainder word: "6 titik lainnya", "5 peserta sisanya". */
const REMAINDER = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:\.\d{3})+|\d+)\s+(\p{Ll}[\p{L}-]*)\s+(?:lainnya|sisanya|selebihnya)(?![\p{L}])/gu

const countsOf = (text: string, from: number, to: number, noun: string) =>
  [...text.slice(from, to).matchAll(new RegExp(`(?<![\\p{L}\\p{N}.,/])(\\d{1,3}(?:\\.\\d{3})+|\\d+)\\s+${noun}(?![\\p{L}])`, 'gu'))].map((m) => ({
    value: parseNumber(m[1]),
    start: from + m.index,
    end: from + m.index + m[0].length,
    excerpt: m[0],
  }))

type Counted = { value: number; start: number; end: number; excerpt: string }
const remainderFinding = (field: PreparedField, total: Counted, parts: { excerpt: string }[], sum: number): Finding => ({
  rule: 'parts-total',
  category: 'accuracy',
  severity: 'warning',
  message: `Rincian tidak sesuai jumlahnya: total "${total.excerpt}" (${total.value.toLocaleString('id-ID')}), tetapi rinciannya (${parts.map((p) => `"${p.excerpt}"`).join(', ')}) berjumlah ${sum.toLocaleString('id-ID')}. Periksa kembali angkanya.`,
  field: field.field,
  start: total.start,
  end: total.end,
  excerpt: total.excerpt,
})

/**
 * A whole split into parts whose last is "the rest" (round 13): "Panitia menerima 60 proposal.
 * Sebanyak 38 proposal lolos, sedangkan 19 proposal lainnya dikembalikan" → 57. A part
 * called "lainnya"/"sisanya" claims that the parts cover the whole, so they must add up to it. The
 * whole is the last count of the same noun before the first part, in the sentence or in the one
 * before (same or previous paragraph), larger than every part; the sum must be within half to one
 * and a half times the whole (farther off, the earlier count is another set). A "whole" that,
 * with the parts, adds up to an earlier count of the noun is the first part of that count.
 */
export function remainderBreakdowns(field: PreparedField): Finding[] {
  const findings: Finding[] = []
  for (const m of field.text.matchAll(REMAINDER)) {
    const token = field.tokens.findIndex((t) => t.start >= m.index)
    if (token < 0) continue
    const index = field.tokenSentence[token]
    const sentence = field.sentences[index]
    const noun = m[2]
    // Shares ("11 persen lainnya") are percentage-sum's; they are not a count of anything (round 14).
    if (noun === 'persen') continue
    const inSentence = countsOf(field.text, sentence.start, m.index + m[0].length, noun)
    const previous = field.sentences[index - 1]
    const before = previous && field.tokenParagraph[previous.firstToken] >= field.tokenParagraph[token] - 1 ? countsOf(field.text, previous.start, previous.end, noun) : []
    // The whole: the last count before the parts that is larger than every later one.
    const all = [...before, ...inSentence]
    let wholeAt = -1
    for (let i = all.length - 3; i >= 0; i--) {
      if (all.slice(i + 1).every((p) => p.value < all[i].value)) {
        wholeAt = i
        break
      }
    }
    if (wholeAt < 0) continue
    const total = all[wholeAt]
    const parts = all.slice(wholeAt + 1)
    if (parts.length < 2) continue
    const sum = parts.reduce((s, p) => s + p.value, 0)
    // With the later counts it is itself a part of an earlier whole ("48 balita" … "31 balita …, 12 balita …, 5 balita lainnya").
    if (countsOf(field.text, 0, total.start, noun).some((w) => w.value === total.value + sum)) continue
    // Since round 22 a count marked as one of an earlier whole ("Sebanyak 31.540 orang di antaranya …") is a part, not the whole.
    if (/^\s+(?:di\s+antaranya|dari\s+jumlah\s+(?:itu|tersebut))(?![\p{L}])/iu.test(field.text.slice(total.end, total.end + 40))) continue
    if (sum === total.value || sum < total.value / 2 || sum > total.value * 1.5) continue
    if (findings.some((f) => f.start === total.start)) continue
    findings.push(remainderFinding(field, total, parts, sum))
  }
  return findings
}

/** "Sisanya, 6.930 keluarga …" opening a sentence: the rest of a list given in the sentence before. */
const REST_FIRST = /(?:^|[.!?]\s+|\n)(?:Sisanya|Selebihnya)[,:]?\s+(?:sebanyak\s+)?(\d{1,3}(?:\.\d{3})+|\d+)\s+(\p{Ll}[\p{L}-]*)/gu

/**
 * A list of counts closed by "Sisanya, N noun" opening the next sentence (round 17): the list and the
 * rest cover the whole, the last count of the noun before the list in its paragraph or the one
 * before ("menyasar 11.400 keluarga" … "1.820 keluarga, … 1.340 keluarga dan … 1.210 keluarga.
 * Sisanya, 6.930 keluarga, …" → 11.300). Two or more counts in the list; the whole larger than each;
 * the sum within half to one and a half times it.
 */
export function restOpeningBreakdowns(field: PreparedField): Finding[] {
  const findings: Finding[] = []
  for (const m of field.text.matchAll(REST_FIRST)) {
    const restStart = m.index + m[0].length - m[1].length - 1 - m[2].length
    const token = field.tokens.findIndex((t) => t.start >= restStart)
    if (token < 0) continue
    const index = field.tokenSentence[token]
    const previous = field.sentences[index - 1]
    if (!previous) continue
    const noun = m[2]
    const list = countsOf(field.text, previous.start, previous.end, noun)
    if (list.length < 2) continue
    const paragraph = field.tokenParagraph[previous.firstToken]
    const from = field.paragraphs[Math.max(0, paragraph - 1)]?.start ?? 0
    const rest = { value: parseNumber(m[1]), excerpt: `${m[1]} ${noun}` }
    const parts = [...list, rest]
    const total = countsOf(field.text, from, previous.start, noun).filter((c) => parts.every((p) => p.value < c.value)).at(-1)
    if (!total) continue
    const sum = parts.reduce((s, p) => s + p.value, 0)
    if (sum === total.value || sum < total.value / 2 || sum > total.value * 1.5) continue
    findings.push(remainderFinding(field, total, parts, sum))
  }
  return findings
}
