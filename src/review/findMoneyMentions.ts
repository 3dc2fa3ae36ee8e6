import { parseNumber } from './parseNumber'

export interface MoneyMention {
  /** Value in rupiah. */
  value: number
  start: number
  end: number
  excerpt: string
}

// "Rp2,5 miliar", "Rp 2.500.000.000", "Rp750 Juta", "Rp. 1,2 M", "2,5 miliar rupiah"; since round 19 whole groups of
// three with a slipped or English separator too ("Rp175,000.000", "Rp1,500,000"), valued as the writer meant.
const MONEY =
  /(?<![\p{L}\p{N}])(?:Rp\.?\s?(?<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:[.,]\d{3}){2,}(?![\d.,]\d)|\d+(?:,\d+)?)(?:\s?(?<mult>ribu|rb|juta|jt|miliar|milyar|triliun|M|T)(?![\p{L}]))?(?:,-)?|(?<num2>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s(?<mult2>ribu|juta|miliar|milyar|triliun)\srupiah)/giu
const MULTIPLIER: Record<string, string> = { jt: 'juta', m: 'miliar', t: 'triliun' }

/** Amounts of rupiah in a text, valued ("Rp2,5 miliar" = "Rp 2.500.000.000"). */
export function findMoneyMentions(text: string): MoneyMention[] {
  const found: MoneyMention[] = []
  for (const m of text.matchAll(MONEY)) {
    const g = m.groups ?? {}
    const num = g.num ?? g.num2
    const raw = (g.mult ?? g.mult2)?.toLowerCase()
    // "M"/"T" only in capitals (Rp1,2 M); "m" could be metres.
    if (g.mult && g.mult.length === 1 && g.mult !== g.mult.toUpperCase()) continue
    const mult = raw ? (MULTIPLIER[raw] ?? raw) : undefined
    // Rupiah figures use "." for thousands: "Rp2.500" is two thousand five hundred.
    const value = /\./.test(num) && !/,/.test(num) ? Number(num.replace(/\./g, '')) * (mult ? parseNumber('1', mult) : 1) : parseNumber(num, mult)
    const excerpt = m[0].replace(/,-$/, '')
    found.push({ value, start: m.index, end: m.index + excerpt.length, excerpt })
  }
  return found
}
