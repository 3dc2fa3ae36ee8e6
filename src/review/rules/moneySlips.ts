import { writtenScale as written, type MoneyMention } from '../findMoneyMentions'
import { parseNumber } from '../parseNumber'
import type { PreparedField } from '../prepareArticle'

/** An amount of the body, as money-consistency sees it. */
export interface BodyAmount extends MoneyMention {
  /** Said to be per person or item ("Rp2,5 juta per siswa", "Setiap penerima memperoleh Rp2,5 juta"). */
  perUnit: boolean
}

/**
 * The same figure written with another scale word (round 11): "nilai kontrak Rp6,8 juta" beside
 * "anggaran Rp6,8 miliar". Nobody means two amounts a thousand times apart with the same digits
 * in one story; the scale word slipped. Amounts per unit are left out (a unit price and a total may
 * share digits), and so are round figures of one significant digit ("Rp5 juta" hadiah, "Rp5 miliar"
 * anggaran). Returns [wrong, right] pairs: the rarer figure, else the later one.
 */
export function scaleSlips<T extends BodyAmount>(body: T[]): [T, T][] {
  const pairs: [T, T][] = []
  const count = (a: T) => body.filter((o) => o.value === a.value).length
  for (const [i, a] of body.entries()) {
    for (const b of body.slice(i + 1)) {
      if (a.perUnit || b.perUnit) continue
      const [x, xs] = written(a)
      const [y, ys] = written(b)
      // Round figures ("Rp5 juta", "Rp10 miliar") meet by chance: two significant digits at least ("Rp6,8").
      if (!x || x !== y || xs === ys || !xs || !ys || x.replace(/[.,]/g, '').replace(/0+$/, '').length < 2) continue
      pairs.push(count(a) < count(b) ? [a, b] : [b, a])
    }
  }
  return pairs
}

/** The significant digits of an amount ("Rp3,6 juta" → "36"). */
const significant = (value: number): string => String(Math.round(value)).replace(/0+$/, '')
const COUNT = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:\.\d{3})+|\d+)(?![.,]?\d)\s+\p{L}/gu

/** Two amounts "per" the same word ("per liter" … "per liter"). */
const PER_WORD = /^\s+per\s+(\p{L}+)/iu
const sameUnitWord = (field: PreparedField, a: MoneyMention, b: MoneyMention) => {
  const unit = (x: MoneyMention) => PER_WORD.exec(field.text.slice(x.end, x.end + 24))?.[1].toLowerCase()
  return unit(a) !== undefined && unit(a) === unit(b)
}

/**
 * Two amounts per unit with their digits swapped (round 11): "bantuan Rp3,6 juta per tahun" and
 * "Rp6,3 juta per siswa". Two significant digits are enough when the article settles it: a count
 * times one of them gives an amount of the article ("350 pelajar" × Rp3,6 juta = Rp1,26 miliar)
 * and the other does not. The other is reported.
 */
export function swappedUnitAmounts<T extends BodyAmount>(field: PreparedField, body: T[]): [T, T][] {
  const units = body.filter((a) => a.perUnit)
  if (units.length < 2) return []
  const counts = [...field.text.matchAll(COUNT)].map((m) => parseNumber(m[1])).filter((n) => n > 1)
  const totals = body.filter((a) => !a.perUnit).map((a) => a.value)
  const multiplies = (v: number) => counts.some((n) => totals.some((t) => Math.abs(n * v - t) <= t * 0.005))
  const pairs: [T, T][] = []
  for (const [i, a] of units.entries()) {
    for (const b of units.slice(i + 1)) {
      const x = significant(a.value)
      const y = significant(b.value)
      if (x.length < 2 || x === y || x.length !== y.length || [...x].sort().join('') !== [...y].sort().join('')) continue
      if (Math.max(a.value, b.value) / Math.min(a.value, b.value) >= 10) continue
      if (multiplies(a.value) && !multiplies(b.value)) pairs.push([b, a])
      else if (multiplies(b.value) && !multiplies(a.value)) pairs.push([a, b])
      // Since round 17 three or more significant digits swapped in two prices of the same unit ("Rp15.700 per liter" …
      // "Rp17.500 per liter") are one price mistyped without a product to settle it: the later one is reported.
      else if (x.length >= 3 && sameUnitWord(field, a, b)) pairs.push(a.start < b.start ? [b, a] : [a, b])
    }
  }
  return pairs
}
