import type { MoneyMention } from '../findMoneyMentions'
import { NUMBER_WORD, parseNumberWords } from '../numberWords'
import { parseNumber } from '../parseNumber'
import type { PreparedField } from '../prepareArticle'
import { isPowerOfTen } from './moneyDigits'

/** An amount as money-consistency sees it, with the field it stands in. */
export interface ProductAmount extends MoneyMention {
  field: PreparedField
  perUnit: boolean
}

/** The unit an amount is paid per: "Setiap rumah mendapat Rp40 juta", "Rp40 juta per rumah", "untuk setiap rumah". */
const UNIT_BEFORE = /(?<![\p{L}])(?:setiap|tiap|masing-masing)\s+(\p{L}+)(?:\s+[\p{L}-]+){0,3}\s+$/iu
const UNIT_AFTER = /^\s+(?:per|untuk\s+(?:setiap|tiap|masing-masing))\s+(\p{L}+)/iu
const COUNT = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:\.\d{3})+|\d+)(?![.,]?\d)\s+(\p{L}+)/gu
/** "masing-masing Rp6 juta" after a count in its sentence ("300 mahasiswa … masing-masing Rp6 juta"). */
const EACH_BEFORE = /(?<![\p{L}])(?:masing-masing|sebesar\s+masing-masing)\s+$/iu

export function unitOf(a: ProductAmount): string | null {
  const { text } = a.field
  const before = text.slice(Math.max(0, a.start - 60), a.start)
  const after = UNIT_AFTER.exec(text.slice(a.end, a.end + 40))
  if (after) return after[1].toLowerCase()
  const unit = UNIT_BEFORE.exec(before)
  if (unit && !/^(?:rp|orang)$/iu.test(unit[1])) return unit[1].toLowerCase()
  if (EACH_BEFORE.test(before)) {
    const sentence = a.field.sentences.find((s) => s.start <= a.start && a.start < s.end)
    const counts = sentence ? [...text.slice(sentence.start, a.start).matchAll(COUNT)] : []
    const last = counts.at(-1)
    if (last && !/^(?:rp|persen|tahun|hari|bulan|pekan|kilogram|kg|meter|ton|liter)$/iu.test(last[2])) return last[2].toLowerCase()
  }
  return null
}

/** The total names a rest or other uses besides the units. */
const OTHER_USES = /(?<![\p{L}])(?:sisanya|selebihnya|sebagian|termasuk|antara\s+lain|selain\s+itu|ditambah|operasional)(?![\p{L}])/iu
/** An amount that opens or closes a range ("berkisar Rp15 juta hingga Rp40 juta", "mulai Rp5.000"): no single unit amount. */
const RANGE_BEFORE = /(?<![\p{L}])(?:berkisar|antara|mulai|dari|hingga|sampai|maksimal|minimal|paling\s+(?:banyak|sedikit)|rata-rata|sekitar)\s+$/iu
const RANGE_AFTER = /^\s*(?:hingga|sampai|-|–|s\.d\.|atau)\s/iu
const inRange = (a: ProductAmount): boolean => RANGE_BEFORE.test(a.field.text.slice(Math.max(0, a.start - 30), a.start)) || RANGE_AFTER.test(a.field.text.slice(a.end, a.end + 12))

/**
 * A total that is not the count times the amount per unit (round 14): "bantuan Rp900 juta untuk
 * 20 rumah" … "Setiap rumah mendapat Rp40 juta" (20 × Rp40 juta = Rp800 juta). Only when the
 * article has one amount per unit, one count of its unit, and one total of the same order beside
 * it (its paragraph or the one before) that no product explains. Returns [wrong, right product]:
 * the amount written once of the two, else the total.
 */
export function unitProducts<T extends ProductAmount>(amounts: readonly T[], fields: readonly PreparedField[]): [T, number][] {
  if (amounts.some((a) => a.perUnit && inRange(a))) return []
  // Since round 23 a decimal slip of the product first (`tenfoldTotal`), its unit also read in a longer clause.
  const each = amounts.filter((a) => a.perUnit || clauseUnit(a) !== null)
  const tenfold = new Set(each.map((a) => a.value)).size === 1 ? tenfoldTotal(amounts, each[0], unitOf(each[0]) ?? clauseUnit(each[0])) : undefined
  if (tenfold) return [tenfold]
  const units = amounts.filter((a) => a.perUnit)
  if (units.length !== 1 || new Set(units.map((a) => a.value)).size !== 1) return []
  const [unit] = units
  const noun = unitOf(unit)
  if (!noun) return []
  const counts = new Set<number>()
  for (const field of fields) {
    for (const m of field.text.matchAll(COUNT)) if (m[2].toLowerCase() === noun) counts.add(parseNumber(m[1]))
  }
  if (counts.size !== 1) return []
  const [n] = counts
  const product = n * unit.value
  if (n < 2 || amounts.some((a) => Math.abs(a.value - product) <= product * 0.005)) return []
  const paragraph = (a: T) => a.field.paragraphs.findIndex((p) => p.start <= a.start && a.start < p.end)
  const near = (a: T) => a.field !== unit.field || Math.abs(paragraph(a) - paragraph(unit)) <= 1
  // Near the product only (a quarter either way): farther off, the total covers more than the units.
  const totals = amounts.filter((a) => !a.perUnit && near(a) && a.value / product >= 0.8 && a.value / product <= 1.25)
  if (new Set(totals.map((a) => a.value)).size !== 1) return []
  const total = totals[0]
  // The total names a rest or other uses ("…, sedangkan sisanya untuk pelatihan"): it is more than the units.
  const sentenceOf = (a: T) => a.field.sentences.find((s) => s.start <= a.start && a.start < s.end)
  const otherUses = (a: T) => {
    const s = sentenceOf(a)
    return s !== undefined && OTHER_USES.test(a.field.text.slice(s.start, s.end))
  }
  if (otherUses(unit) || otherUses(total)) return []
  const written = (v: number) => amounts.filter((a) => a.value === v).length
  return [written(total.value) > 1 && written(unit.value) === 1 ? [unit, Math.round(total.value / n)] : [total, product]]
}

/** A count in digits or words and its noun ("12 posyandu", "sepuluh kampung"). */
const ANY_COUNT = new RegExp(`(?<![\\p{L}\\p{N}.,])(?:(\\d{1,3}(?:\\.\\d{3})+|\\d+)|(${NUMBER_WORD}))\\s+(\\p{L}+)`, 'giu')
/** The receiver of a longer clause ("Setiap kampung yang lolos mendapat dana pembinaan Rp7,5 juta"), for the decimal slip only. */
const clauseUnit = (a: ProductAmount) => {
  const clause = a.field.text.slice(Math.max(0, a.start - 100), a.start).split(/[,.;:]/u).at(-1) ?? ''
  return /(?<![\p{L}])(?:setiap|tiap|masing-masing)\s+(\p{Ll}+)(?:\s+[\p{Ll}-]+){0,6}\s+$/iu.exec(clause)?.[1].toLowerCase() ?? null
}
const sentenceText = (a: ProductAmount) => {
  const s = a.field.sentences.find((x) => x.start <= a.start && a.start < x.end)
  return s ? a.field.text.slice(s.start, s.end) : ''
}

/**
 * Since round 23 a total a power of ten off the count of the unit its own sentence gives times the amount per unit
 * ("Rp750 juta untuk dana pembinaan sepuluh kampung" for Rp7,5 juta a kampung): a decimal slip wherever the two stand,
 * whatever other counts of the unit the article gives. The sentence counts nothing else (`selama sepuluh tahun` is a
 * second factor) and names no other uses; no amount is the product.
 */
function tenfoldTotal<T extends ProductAmount>(amounts: readonly T[], unit: T, noun: string | null): [T, number] | undefined {
  if (!noun) return undefined
  for (const a of amounts) {
    if (a.perUnit || a.value === unit.value) continue
    const text = sentenceText(a)
    // A place counted after a preposition ("untuk 12 posyandu di tiga kelurahan") is no second factor.
    const counts = [...text.matchAll(ANY_COUNT)].filter((m) => !/(?<![\p{L}])(?:di|dari|pada|ke)\s+$/iu.test(text.slice(Math.max(0, m.index - 8), m.index))).map((m) => ({ n: m[1] ? parseNumber(m[1]) : parseNumberWords(m[2]), noun: m[3].toLowerCase() }))
    const own = counts.filter((c) => c.noun === noun)
    if (own.length !== 1 || counts.some((c) => c.noun !== noun && c.n >= 2 && !/^(?:juta|miliar|ribu|triliun|rupiah)$/u.test(c.noun)) || OTHER_USES.test(text)) continue
    const product = own[0].n * unit.value
    if (own[0].n >= 2 && isPowerOfTen(a.value, product) && !amounts.some((b) => Math.abs(b.value - product) <= product * 0.005)) return [a, product]
  }
  return undefined
}
