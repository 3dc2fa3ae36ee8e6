import type { PreparedField } from '../prepareArticle'
import type { Finding } from '../types'
import { type Figure, figures } from './partFigures'

/** The total and parts behind each finding, for the checks after all breakdowns are found (round 17). */
const BEHIND = new WeakMap<Finding, { total: Figure; parts: Figure[] }>()
/** Keeps the total and parts a parts-total finding was made from. */
export function registerBreakdown(f: Finding, total: Figure, parts: Figure[]): void {
  BEHIND.set(f, { total, parts })
}
/** The total and parts a parts-total finding was made from, if registered. */
export const breakdownOf = (f: Finding) => BEHIND.get(f)

/**
 * A breakdown that is complete after all (round 17, from an independent audit of clean copy): the
 * parts of the total's own noun add up to it ("46 KK atau 152 jiwa" split as "28 KK atau 93 jiwa
 * … 18 KK atau 59 jiwa"); the parts with the figures of their kind given between the total (or,
 * for a total after them, the paragraph's start) and them add up to it (a list whose first item stands in
 * the sentence before, two lists of prizes); or a leading run of the
 * parts ending at a sentence end adds up to a figure of the same kind stated before them (the breakdown of another figure:
 * "realisasi Rp268,4 miliar … dari target Rp520 miliar. Realisasi tersebut terdiri atas …"; "45 dari
 * 48 peserta" … "16 peserta …, 15 peserta …, 14 peserta").
 */
export function complete(field: PreparedField, f: Finding, months: Map<string, number>): boolean {
  const behind = BEHIND.get(f)
  if (!behind) return false
  const { total, parts } = behind
  const sumOf = (xs: Figure[]) => xs.reduce((s, p) => s + p.value, 0)
  const equal = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, a, b)
  const own = parts.filter((p) => p.money === total.money && p.noun === total.noun)
  if (own.length >= 2 && own.length < parts.length && equal(sumOf(own), total.value)) return true
  const first = Math.min(...parts.map((p) => p.start))
  // Before the parts: from the total, or for a total after its parts from the paragraph's start ("… Rp5 juta untuk juara I …
  // Untuk kategori umum, … Total hadiah Rp33,5 juta": two lists in two sentences).
  const paragraph = field.paragraphs.find((p) => p.start <= first && first < p.end)
  const from = total.end <= first ? total.end : (paragraph?.start ?? first)
  const between = figures(field, from, first, months).filter((x) => x.money === total.money && x.noun === total.noun)
  if (between.length > 0 && equal(sumOf([...between, ...parts]), total.value)) return true
  const before = figures(field, 0, first, months).filter((x) => x.money === total.money && !equal(x.value, total.value))
  // "45 dari 48 peserta": the first figure counts the noun too (those of the whole that passed).
  if (!total.money) for (const m of field.text.slice(0, first).matchAll(/(?<![\p{L}\p{N}.,])(\d+)\s+dari\s+\d/gu)) before.push({ ...total, value: Number(m[1]) })
  // The run ends with the parts or at a sentence end (a second breakdown follows: "… terdiri atas 4 ekor sapi dan 7 ekor kambing").
  const sentenceOf = (p: Figure) => field.sentences.findIndex((x) => x.start <= p.start && p.start < x.end)
  for (let n = 2; n <= parts.length; n++) {
    if (n < parts.length && sentenceOf(parts[n - 1]) === sentenceOf(parts[n])) continue
    if (before.some((x) => equal(x.value, sumOf(parts.slice(0, n))))) return true
  }
  return false
}

