import { parseNumber } from './parseNumber'

/**
 * Two figures that look like one figure mistyped (round 17): the digits as written, separators
 * dropped ("3,5" → "35", "15.700" → "15700"), are two digits swapped ("96" / "69", "3,5" / "5,3",
 * "15.700" / "17.500"), one digit changed ("40" / "44"), or one digit added or dropped ("1,5" /
 * "1,25"); or the same digits with the separator moved ("3,5" / "35"). Equal figures are no slip.
 */
export function digitSlip(a: string, b: string): boolean {
  const x = a.replace(/[.,]/g, '')
  const y = b.replace(/[.,]/g, '')
  if (x === y) return parseNumber(a) !== parseNumber(b)
  if (x.length === y.length) {
    const diff = [...x].flatMap((c, i) => (c !== y[i] ? [i] : []))
    if (diff.length === 1) return true
    return diff.length === 2 && x[diff[0]] === y[diff[1]] && x[diff[1]] === y[diff[0]]
  }
  const [short, long] = x.length < y.length ? [x, y] : [y, x]
  if (long.length - short.length !== 1) return false
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true
  return false
}

/** The figure of an amount as written, for `digitSlip`: "Rp1,25 juta" → "1,25". */
export const writtenFigure = (excerpt: string): string => /[\d.,]+/.exec(excerpt)?.[0] ?? ''
