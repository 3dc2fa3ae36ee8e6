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

/** "Dari 450 penerima, …": a whole named at the start of the sentence, split in what follows. */
const FROM_WHOLE = /^Dari\s+(\d{1,3}(?:\.\d{3})+|\d+)\s+(\p{Ll}[\p{L}-]*)\s*,\s*/u
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
    const counts = [...text.slice(head[0].length).matchAll(COUNT)].map((m) => ({
      value: parseNumber(m[1]),
      noun: m[2],
      start: sentence.start + head[0].length + m.index,
      end: sentence.start + head[0].length + m.index + m[0].length,
      excerpt: m[0],
    }))
    if (counts.length < 2 || counts.length > 3 || new Set(counts.map((c) => c.noun)).size !== 1) continue
    if (!/(?<![\p{L}])(?:dan|serta|sedangkan|sementara)(?![\p{L}])/iu.test(text)) continue
    const sum = counts.reduce((s, c) => s + c.value, 0)
    if (sum === value || sum < value * 0.85 || sum > value * 1.15 || counts.some((c) => c.value >= value)) continue
    // The rest given in the next sentence ("… 40 orang gugur. Sebanyak 10 pelamar tidak hadir."): more parts follow.
    const next = field.sentences[field.sentences.indexOf(sentence) + 1]
    const nextText = next ? field.text.slice(next.start, next.end) : ''
    if ([...nextText.matchAll(COUNT)].some((m) => m[2] === head[2] || m[2] === counts[0].noun)) continue
    const start = sentence.start + head.index + 5
    const whole = { value, start, end: start + head[1].length + 1 + head[2].length, excerpt: `${head[1]} ${head[2]}` }
    found.push({ whole, parts: counts, sum })
  }
  return found
}
