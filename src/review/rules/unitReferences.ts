import { digitSlip, writtenFigure } from '../digitSlip'
import type { PlacedAmount } from './wholeReferences'

/** The unit after an amount: "Rp1,5 juta per semester" → "semester". */
const PER_AFTER = /^\s+per\s+(\p{L}+)/iu
/** A reference back after its unit: "Rp1,25 juta per semester itu". */
const REFERENCE_AFTER = /^\s+per\s+\p{L}+\s+(?:itu|tersebut|ini)(?![\p{L}])/iu
/** Not a restatement: an amount derived from it or one of another time ("sisa …", "tarif lama …"). */
const OTHER_AMOUNT = /(?<![\p{L}])(?:sisa|sisanya|selisih|tambahan|kekurangan|kenaikan|penurunan|lalu|semula|sebelumnya|lama|dulu|baru)(?![\p{L}])/iu

const unitOf = (a: PlacedAmount): string | undefined => PER_AFTER.exec(a.text.slice(a.end, a.end + 30))?.[1].toLowerCase()
const figure = (a: PlacedAmount): string => writtenFigure(a.excerpt)

/**
 * A unit amount referred back to with a mistyped figure (round 18): "Setiap pelajar menerima Rp1,5
 * juta per semester" … "Bantuan Rp1,25 juta per semester itu". The reference names its unit, so it
 * points at the amount given before per that unit, whatever the thing is called; when the article gave
 * one such amount and the reference's figure is that one mistyped (`digitSlip`, less than twice
 * apart), the reference is the slip. Returns [wrong, right] pairs.
 */
export function unitReferences<T extends PlacedAmount>(amounts: readonly T[]): [T, T][] {
  const pairs: [T, T][] = []
  for (const b of amounts) {
    if (!REFERENCE_AFTER.test(b.text.slice(b.end, b.end + 40))) continue
    if (OTHER_AMOUNT.test(b.text.slice(Math.max(0, b.start - 40), b.start))) continue
    const unit = unitOf(b)
    const before = amounts.filter((a) => a.order < b.order && unitOf(a) === unit)
    if (before.length === 0 || new Set(before.map((a) => a.value)).size !== 1) continue
    const [a] = before
    if (a.value === b.value || Math.max(a.value, b.value) / Math.min(a.value, b.value) >= 2 || !digitSlip(figure(a), figure(b))) continue
    pairs.push([b, a])
  }
  return pairs
}
