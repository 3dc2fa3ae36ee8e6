import { NUMBER_WORD, parseNumberWords } from '../numberWords'
import { parseNumber } from '../parseNumber'
import type { PreparedField } from '../prepareArticle'

/** A whole referred back to, then split: "Dari 11 sekolah tersebut, …", "dari total 40 kios itu, …". */
const REFERENCED = /(?<![\p{L}])dari\s+(?:total\s+|seluruh\s+)?(\d{1,3}(?:\.\d{3})+|\d+)\s+(\p{Ll}[\p{L}-]*)\s+(?:tersebut|itu)\s*,/giu
/** Some parts only, or parts that may overlap. */
const PARTIAL = /(?<![\p{L}])(?:antara\s+lain|di\s+antaranya|termasuk|sebagian|sisanya|selebihnya|lainnya|juga|sekaligus|bersamaan)(?![\p{L}])/iu

export interface ReferencedBreakdown {
  start: number
  end: number
  excerpt: string
  total: number
  parts: string[]
  sum: number
}

/**
 * A whole referred back to and split into counts of the same noun in the rest of the sentence,
 * figures or numerals in words ("Dari 11 sekolah tersebut, dua sekolah meraih …, empat sekolah …,
 * dan tujuh sekolah …"), round 11. Only parts that add up to more than the whole are reported:
 * fewer may leave a group unnamed.
 */
export function referencedBreakdowns(field: PreparedField): ReferencedBreakdown[] {
  const found: ReferencedBreakdown[] = []
  for (const m of field.text.matchAll(REFERENCED)) {
    const noun = m[2]
    const sentence = field.sentences.find((s) => s.start <= m.index && m.index < s.end)
    if (!sentence) continue
    const rest = field.text.slice(m.index + m[0].length, sentence.end)
    if (PARTIAL.test(rest)) continue
    const part = new RegExp(`(?<![\\p{L}\\p{N}.,])(\\d+|${NUMBER_WORD})\\s+${noun}(?![\\p{L}])`, 'giu')
    const parts = [...rest.matchAll(part)]
    if (parts.length < 2) continue
    const values = parts.map((p) => (/^\d/.test(p[1]) ? parseNumber(p[1]) : parseNumberWords(p[1])))
    const total = parseNumber(m[1])
    const sum = values.reduce((s, v) => s + v, 0)
    if (values.some((v) => !(v < total)) || sum <= total) continue
    const start = m.index + m[0].indexOf(m[1])
    const end = start + `${m[1]} ${noun}`.length
    if (field.text.slice(start, end).replace(/\s+/g, ' ') !== `${m[1]} ${noun}`) continue
    found.push({ start, end, excerpt: field.text.slice(start, end), total, parts: parts.map((p) => p[0]), sum })
  }
  return found
}

/** A sentence opening with a part of the whole just named: "Empat di antaranya …", "3 di antaranya …". */
const AMONG = new RegExp(`^(${NUMBER_WORD}|\\d+)\\s+di\\s+antaranya(?![\\p{L}])`, 'iu')
/** Further bare numerals of the same list: "…, dua di …, dan satu di …". */
const LISTED_NUMERAL = new RegExp(`(?:,|(?<![\\p{L}])(?:dan|serta))\\s+(?:dan\\s+)?(${NUMBER_WORD}|\\d+)(?=\\s+(?:di|ke|pada|dari|untuk|berada|terjadi|berupa|merupakan)(?![\\p{L}]))`, 'giu')
const COUNT_OF = new RegExp(`(?<![\\p{L}\\p{N}.,])(${NUMBER_WORD}|\\d{1,3}(?:\\.\\d{3})+|\\d+)\\s+(\\p{Ll}[\\p{L}-]*)`, 'giu')
const valueOf = (figure: string) => (/^\d/.test(figure) ? parseNumber(figure) : parseNumberWords(figure))

/**
 * A whole named in one sentence and split in the next with "… di antaranya" and bare numerals
 * (round 13): "tercatat lima kejadian pohon tumbang. Tiga di antaranya di jalan A, dua di jalan B,
 * dan satu di jalan C" → 6. As above, only parts adding up to more than the whole are reported
 * ("di antaranya" may name some parts only). The whole is the last count in the sentence before.
 */
export function amongBreakdowns(field: PreparedField): ReferencedBreakdown[] {
  const found: ReferencedBreakdown[] = []
  field.sentences.forEach((sentence, index) => {
    const text = field.text.slice(sentence.start, sentence.end)
    const first = AMONG.exec(text)
    if (!first || index === 0) return
    const previous = field.sentences[index - 1]
    const counts = [...field.text.slice(previous.start, previous.end).matchAll(COUNT_OF)].filter((m) => !Number.isNaN(valueOf(m[1])))
    const whole = counts.at(-1)
    if (!whole) return
    const others = [...text.slice(first[0].length).matchAll(LISTED_NUMERAL)]
    if (others.length === 0) return
    const values = [valueOf(first[1]), ...others.map((m) => valueOf(m[1]))]
    const total = valueOf(whole[1])
    const sum = values.reduce((s, v) => s + v, 0)
    if (values.some((v) => Number.isNaN(v) || !(v < total)) || sum <= total) return
    const start = previous.start + whole.index
    found.push({ start, end: start + whole[0].length, excerpt: whole[0], total, parts: [first[0], ...others.map((m) => m[1])], sum })
  })
  return found
}
