import { parseNumber } from '../parseNumber'
import type { PreparedField } from '../prepareArticle'
import { reorderedDigits } from './moneyDigits'
import { unitOf, type ProductAmount } from './unitProducts'

/** A count and up to three words after it: "120 pelaku usaha", "180 sambungan rumah". */
const COUNT_PHRASE = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:\.\d{3})+|\d+)(?![.,]?\d)((?:\s+\p{L}+){1,3})/gu

/** The counts of a unit word in the article: the word in the count's phrase ("120 pelaku usaha" for "usaha"). */
function countsOf(unit: string, fields: readonly PreparedField[]): Set<number> {
  const counts = new Set<number>()
  for (const field of fields) {
    for (const m of field.text.matchAll(COUNT_PHRASE)) {
      if (m[2].toLowerCase().match(/\p{L}+/gu)?.includes(unit)) counts.add(parseNumber(m[1]))
    }
  }
  return counts
}

/** Measures: a price per kilogram times kilograms is a purchase, not a sum of the article. */
const MEASURE = /^(?:kilogram|kg|gram|ons|liter|meter|kilometer|km|ton|hektare|persen)$/iu
/** A total word before the amount, its thing and a few words between: "Total santunan yang diserahkan mencapai …". */
const TOTAL_OF = /(?<![\p{L}])(?:total|seluruh|keseluruhan|jumlah)(?:\s+[\p{L}-]+){1,5}\s+$/iu
/** Words for what a programme costs: a total the units make up. */
const COST = new Set(['anggaran', 'biaya', 'dana', 'pagu', 'nilai', 'belanja'])


/**
 * A total or unit amount whose digits are the calculation's digits in another order (round 18):
 * "Rp650.000 per usaha" for "120 pelaku usaha" is Rp78 juta, written "anggaran Rp87 juta"; "Rp810
 * juta untuk … 180 sambungan rumah" is Rp4,5 juta a house, written "Rp5,4 juta per rumah". The
 * reordered digits say which figure was mistyped, so no other closeness is asked. Only when no amount
 * of the article is the product already. Returns [wrong, right value] pairs.
 */
export function transposedProducts<T extends ProductAmount & { thing: string | null }>(amounts: readonly T[], fields: readonly PreparedField[]): [T, number][] {
  const pairs: [T, number][] = []
  const sentenceOf = (a: T) => {
    const s = a.field.sentences.find((x) => x.start <= a.start && a.start < x.end)
    return s ? a.field.text.slice(s.start, s.end) : ''
  }
  for (const unit of amounts.filter((a) => a.perUnit)) {
    const noun = unitOf(unit)
    if (!noun || MEASURE.test(noun)) continue
    // A total of the units: a cost word names it, or its sentence counts the units ("Rp810 juta untuk … 180 sambungan rumah").
    const countsUnits = new RegExp(`\\d\\s+(?:\\p{L}+\\s+){0,2}${noun}(?![\\p{L}])`, 'iu')
    // Since round 22 also the total of the unit amount's own thing ("uang santunan Rp500.000" … "Total santunan … Rp57 juta").
    const ownTotal = (a: T) => a.thing !== null && a.thing === unit.thing && TOTAL_OF.test(a.field.text.slice(Math.max(0, a.start - 60), a.start))
    const totals = amounts.filter((a) => !a.perUnit && ((a.thing !== null && COST.has(a.thing)) || countsUnits.test(sentenceOf(a)) || ownTotal(a)))
    for (const n of countsOf(noun, fields)) {
      const product = n * unit.value
      if (n < 2 || amounts.some((a) => Math.abs(a.value - product) <= product * 0.005)) continue
      // A product reordered says the total slipped; only else is a quotient reordered the unit's slip (both hold for 36/63 and 24/42).
      const wrongTotal = totals.find((t) => reorderedDigits(t.value, product))
      const wrongUnit = totals.find((t) => reorderedDigits(unit.value, t.value / n) && Number.isInteger(t.value / n))
      if (wrongTotal) pairs.push([wrongTotal, product])
      else if (wrongUnit) pairs.push([unit, wrongUnit.value / n])
    }
  }
  return pairs
}
