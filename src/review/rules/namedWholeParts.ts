import { NUMBER_WORD, parseNumberWords } from '../numberWords'
import { parseNumber } from '../parseNumber'
import type { PreparedField } from '../prepareArticle'

/** A count found by these readings: its value and where it stands. */
export interface WholeCount {
  value: number
  start: number
  end: number
  excerpt: string
}

const COUNT = /(?<![\p{L}\p{N}.,/:])(\d{1,3}(?:\.\d{3})+|\d+)(?![.,:/]?\d)\s+(\p{Ll}[\p{L}-]*)/gu
/** The subject of a breakdown: its head noun, then maybe a relative clause ("reklame yang diturunkan terdiri atas …"). */
const SUBJECT = /(?<![\p{L}])(\p{Ll}{3,})(?:\s+yang(?:\s+\p{Ll}+){1,2})?\s+$/u

/**
 * The whole a breakdown's subject names, counted earlier in the field (round 14): "menurunkan 276
 * materi reklame …" … "reklame yang diturunkan terdiri atas 148 spanduk, 87 umbul-umbul, dan 29
 * papan" — the subject "reklame" is the last earlier count with that noun among the two words after
 * its figure. Used when the breakdown's sentence and the one before give no total.
 */
export function subjectWhole(field: PreparedField, breakdownAt: number): WholeCount | undefined {
  const head = SUBJECT.exec(field.text.slice(Math.max(0, breakdownAt - 60), breakdownAt))?.[1]
  if (!head) return undefined
  let found: WholeCount | undefined
  for (const m of field.text.slice(0, breakdownAt).matchAll(COUNT)) {
    const after = field.text.slice(m.index + m[1].length, m.index + m[0].length + 40)
    const words = after.toLowerCase().match(/\p{L}[\p{L}-]*/gu) ?? []
    const at = words.slice(0, 3).indexOf(head)
    if (at < 0) continue
    const end = m.index + m[1].length + (after.toLowerCase().indexOf(head) + head.length)
    found = { value: parseNumber(m[1]), start: m.index, end, excerpt: field.text.slice(m.index, end) }
  }
  return found
}

/**
 * "Dari 450 penerima, …": a whole named at the start of the sentence, split in what follows. Since
 * round 15 also after a comma ("Menurut panitia, dari 100 siswa itu, …") and referring back (`itu`, `tersebut`).
 */
const FROM_WHOLE = /(?:^|,\s+)[Dd]ari\s+(\d{1,3}(?:\.\d{3})+|\d+)\s+(\p{Ll}[\p{L}-]*)(\s+(?:itu|tersebut))?\s*,\s*/u
/** A later item giving its figure alone, its noun left out ("empat puskesmas di utara, tiga di barat"): a number word or figure before a preposition. */
const BARE_ITEM = new RegExp(`(?:,|\\bdan)\\s+(${NUMBER_WORD}|\\d+)\\s+(?=(?:di|dari|ke|pada|berada|untuk)\\s)`, 'giu')
const FUNCTION_WORD = /^(?:di|dari|ke|pada|berada|untuk|dan|atau|serta|yang)$/u
const WORD_ITEM = new RegExp(`(?<![\\p{L}])(${NUMBER_WORD})\\s+(\\p{Ll}[\\p{L}-]*)`, 'giu')
/** Some parts only, or overlapping groups. */
const SOME = /(?<![\p{L}])(?:di\s+antaranya|antara\s+lain|termasuk|sebagian|terbanyak|sebanyak-banyaknya|juga|pula)(?![\p{L}])/iu

/**
 * A whole named at the start of its sentence and split into two or three counts of one counter
 * that come close to it but miss (round 14): "Dari 450 penerima, 238 orang … dan 197 orang …"
 * (435). Within 15 % only: farther off, the counts are some groups of the whole, not all of it.
 */
export function fromWholeSplits(field: PreparedField): { whole: WholeCount; parts: WholeCount[]; sum: number }[] {
  const found: { whole: WholeCount; parts: WholeCount[]; sum: number }[] = []
  for (const sentence of field.sentences) {
    const text = field.text.slice(sentence.start, sentence.end)
    const head = FROM_WHOLE.exec(text)
    if (!head || SOME.test(text)) continue
    const value = parseNumber(head[1])
    const from = head.index + head[0].length
    const rest = text.slice(from)
    const item = (m: RegExpMatchArray, v: number, noun: string) => ({ value: v, noun, start: sentence.start + from + (m.index ?? 0), end: sentence.start + from + (m.index ?? 0) + m[0].length, excerpt: m[0] })
    const counts = [
      ...[...rest.matchAll(COUNT)].map((m) => item(m, parseNumber(m[1]), m[2])),
      ...[...rest.matchAll(WORD_ITEM)].map((m) => item(m, parseNumberWords(m[1]), m[2].toLowerCase())).filter((c) => c.value >= 2 && !FUNCTION_WORD.test(c.noun)),
    ].sort((a, b) => a.start - b.start)
    // Items that leave the noun out take the first item's noun.
    if (counts.length > 0) for (const m of rest.matchAll(BARE_ITEM)) if (!counts.some((c) => c.start === sentence.start + from + (m.index ?? 0))) counts.push({ ...item(m, parseNumberWords(m[1]) || Number(m[1]), counts[0].noun), excerpt: m[1] })
    counts.sort((a, b) => a.start - b.start)
    // A whole referred back to may be split into up to five groups; otherwise two or three.
    if (counts.length < 2 || counts.length > (head[3] ? 5 : 3) || new Set(counts.map((c) => c.noun)).size !== 1) continue
    if (!/(?<![\p{L}])(?:dan|serta|sedangkan|sementara)(?![\p{L}])/iu.test(text)) continue
    const sum = counts.reduce((s, c) => s + c.value, 0)
    if (sum === value || sum < value * 0.85 || sum > value * 1.15 || counts.some((c) => c.value >= value)) continue
    // The rest given in the next sentence ("… 40 orang gugur. Sebanyak 10 pelamar tidak hadir."): more parts follow.
    const next = field.sentences[field.sentences.indexOf(sentence) + 1]
    const nextText = next ? field.text.slice(next.start, next.end) : ''
    if ([...nextText.matchAll(COUNT)].some((m) => m[2] === head[2] || m[2] === counts[0].noun)) continue
    const start = sentence.start + head.index + head[0].indexOf(head[1])
    const whole = { value, start, end: start + head[1].length + 1 + head[2].length, excerpt: `${head[1]} ${head[2]}` }
    found.push({ whole, parts: counts, sum })
  }
  return found
}
