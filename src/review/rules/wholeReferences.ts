import type { MoneyMention } from '../findMoneyMentions'
import { isPowerOfTen, transposed } from './moneyDigits'

/** An amount with the text of its field and its place among the article's amounts. */
export interface PlacedAmount extends MoneyMention {
  text: string
  order: number
  perUnit: boolean
}

/** The whole named before the amount: "total anggaran Rp6,8 miliar", "Dari total Rp7,8 miliar", "seluruh dana sebesar Rp…". */
const WHOLE_BEFORE = /(?<![\p{L}])(?:total|seluruh|keseluruhan)(?:\s+[\p{L}-]+){0,2}\s+(?:(?:sebesar|senilai|mencapai|sekitar)\s+)?$/iu
/** A reference back: "Rp7,8 miliar itu", "… tersebut". */
const REFERENCE_AFTER = /^\s+(?:itu|tersebut|ini)(?![\p{L}])/iu
/** A whole of another scope or time said before it ("total tambahan …", "total sisa …", "total tahun lalu …"). */
const OTHER_WHOLE = /(?<![\p{L}])(?:sisa|tambahan|selisih|kekurangan|lalu|sebelumnya|semula|tahap|gabungan)(?![\p{L}])/iu

const whole = (a: PlacedAmount): boolean => !a.perUnit && WHOLE_BEFORE.test(a.text.slice(Math.max(0, a.start - 50), a.start))

/**
 * A breakdown's base restating the whole with another figure (round 18): "dengan total anggaran
 * Rp6,8 miliar" … "Dari total Rp7,8 miliar itu, sebagian …". "Total … itu" can only point at the
 * whole given before; when the article gave one whole, at the same magnitude, and no amount equal to
 * the reference, the reference is the slip. Returns [wrong, right] pairs.
 */
export function wholeReferences<T extends PlacedAmount>(amounts: readonly T[]): [T, T][] {
  const pairs: [T, T][] = []
  for (const b of amounts) {
    if (OTHER_WHOLE.test(b.text.slice(Math.max(0, b.start - 30), b.start))) continue
    const before = amounts.filter((a) => a.order < b.order)
    if (before.some((a) => a.value === b.value)) continue
    if (!whole(b)) {
      const right = confirmedTenfold(b, before)
      if (right) pairs.push([b, right])
      continue
    }
    const wholes = before.filter((a) => whole(a) && Math.max(a.value, b.value) / Math.min(a.value, b.value) < 10)
    if (REFERENCE_AFTER.test(b.text.slice(b.end, b.end + 12)) && wholes.length > 0 && new Set(wholes.map((a) => a.value)).size === 1) {
      pairs.push([b, wholes[0]])
      continue
    }
    // Since round 19 a whole restated without a reference ("Dengan total dana Rp3,42 miliar …") with the digits of the
    // amount given twice before (headline and lead, "Rp3,24 miliar") reordered, and of no other amount before it.
    const restated = before.filter((a) => transposed(a.value, b.value))
    if (restated.length >= 2 && new Set(restated.map((a) => a.value)).size === 1) pairs.push([b, restated[0]])
  }
  return pairs
}

/** The word naming an amount: the last word of five letters or more before it, framing words skipped ("dengan penerimaan Rp86 miliar"). */
const NAME_BEFORE = /(?<![\p{L}])(\p{L}{5,})(?:\s+(?:sebesar|senilai|mencapai|sekitar|hanya|baru))?\s+$/u
/** Another time in the amount's sentence ("Pada 2016 …", "tahun lalu"). */
const OTHER_TIME = /(?<![\p{L}\p{N}])(?:lalu|sebelumnya|semula|dulu|(?:19|20)\d\d)(?![\p{L}\p{N}])/iu
const sentenceAround = (a: PlacedAmount) => {
  const start = Math.max(a.text.lastIndexOf('. ', a.start), a.text.lastIndexOf('\n', a.start)) + 1
  const stop = a.text.slice(a.end).search(/\.\s|\n|\.$/u)
  return a.text.slice(start, stop < 0 ? a.text.length : a.end + stop)
}

/**
 * Since round 23 an amount given twice before it (headline and lead agree, "Rp8,6 miliar") restated a power of ten off
 * and named by a word of one of their sentences ("Penerimaan Pajak Restoran … Capai Rp8,6 Miliar" … "dengan
 * penerimaan Rp86 miliar"): a decimal slip whatever the word, so it need not be one of money-consistency's things. Not
 * per unit, not of another time, and no other amount before a power of ten off it.
 */
function confirmedTenfold<T extends PlacedAmount>(b: T, before: readonly T[]): T | undefined {
  const name = NAME_BEFORE.exec(b.text.slice(Math.max(0, b.start - 40), b.start))?.[1].toLowerCase()
  if (!name || b.perUnit || OTHER_TIME.test(sentenceAround(b))) return undefined
  const tenfold = before.filter((a) => isPowerOfTen(a.value, b.value))
  if (tenfold.length < 2 || new Set(tenfold.map((a) => a.value)).size !== 1) return undefined
  const named = new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'iu')
  return tenfold.find((a) => named.test(sentenceAround(a)))
}
