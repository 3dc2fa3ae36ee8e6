import { digitSlip, writtenFigure } from '../digitSlip'
import type { ArticleField } from '../types'

/** An amount with its field's text, as money-consistency hands it to its helpers. */
export interface TotalAmount {
  field: ArticleField
  value: number
  start: number
  end: number
  excerpt: string
  text: string
}

/** A total word right before a headline amount: "…, Total Rp3,6 Miliar", "Senilai Total Rp2 Miliar". */
const TOTAL_HEAD = /(?<![\p{L}])(?:total|seluruhnya|keseluruhan)\s+$/iu
/** A total word opening the amount's clause in the body: "total insentif untuk triwulan pertama mencapai Rp3,86 miliar". */
const TOTAL_CLAUSE = /(?<![\p{L}])(?:total|keseluruhan|seluruhnya)(?:\s+[\p{L}-]+){0,6}\s+$/iu

/**
 * Round 22: a headline or lead amount framed as the total ("Total Rp3,6 Miliar") that the body never
 * gives, against the one amount the body frames as the total ("total insentif … mencapai Rp3,86
 * miliar"), whatever other amounts the body gives: reported when the two look like one figure
 * mistyped (`digitSlip`: a digit dropped, changed or swapped).
 */
export function headlineTotals<T extends TotalAmount>(amounts: T[]): [T, T][] {
  const body = amounts.filter((a) => a.field === 'body')
  const clause = (a: T) => {
    const before = a.text.slice(Math.max(0, a.start - 80), a.start)
    return before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf(',')) + 1)
  }
  const totals = body.filter((a) => TOTAL_CLAUSE.test(clause(a)))
  if (new Set(totals.map((a) => a.value)).size !== 1) return []
  const pairs: [T, T][] = []
  for (const head of amounts.filter((a) => a.field !== 'body' && TOTAL_HEAD.test(a.text.slice(Math.max(0, a.start - 20), a.start)))) {
    if (body.some((b) => b.value === head.value)) continue
    const total = totals[0]
    const ratio = Math.max(total.value, head.value) / Math.min(total.value, head.value)
    if (ratio < 2 && digitSlip(writtenFigure(head.excerpt), writtenFigure(total.excerpt))) pairs.push([head, total])
  }
  return pairs
}
