import { reorderedDigits } from './moneyDigits'
import type { PlacedAmount } from './wholeReferences'

/** A price set: "seharga Rp75.000", "dijual Rp75.000", "dengan harga Rp75.000". */
const PRICE_BEFORE = /(?<![\p{L}])(?:seharga|dijual|dengan\s+harga|harga\s+jualnya?)\s+(?:hanya\s+)?$/iu
/** A price paid: "Dengan membayar Rp57.000", "cukup bayar Rp57.000", "menebus … Rp57.000". */
const PAID_BEFORE = /(?<![\p{L}])(?:membayar|bayar|dibayar|menebus|ditebus)\s+(?:hanya\s+|cukup\s+|sebesar\s+)?$/iu


/**
 * The price paid restated with its digits swapped (round 18): "paket … seharga Rp75.000" … "Dengan
 * membayar Rp57.000 saya sudah dapat …". What a buyer pays is the price the article set; two
 * significant digits are enough because the verbs tie the two amounts, where a difference or another
 * sum beside a price ("Selisihnya Rp19.000" against "Rp91.000") is not read. The payment is reported
 * when it is written once and only one price before it has its digits. Returns [wrong, right] pairs.
 */
export function paymentRestatements<T extends PlacedAmount>(amounts: readonly T[]): [T, T][] {
  const pairs: [T, T][] = []
  const before = (a: T, pattern: RegExp) => pattern.test(a.text.slice(Math.max(0, a.start - 30), a.start))
  for (const paid of amounts) {
    if (!before(paid, PAID_BEFORE) || amounts.some((o) => o !== paid && o.value === paid.value)) continue
    const prices = amounts.filter((a) => a.order < paid.order && before(a, PRICE_BEFORE) && reorderedDigits(a.value, paid.value))
    if (prices.length > 0 && new Set(prices.map((a) => a.value)).size === 1) pairs.push([paid, prices[0]])
  }
  return pairs
}
