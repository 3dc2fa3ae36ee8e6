/** Digit comparisons of two amounts, for money-consistency (split out of moneyConsistency.ts in round 15). */
export const isPowerOfTen = (a: number, b: number): boolean => {
  if (a <= 0 || b <= 0 || a === b) return false
  const ratio = Math.max(a, b) / Math.min(a, b)
  const exponent = Math.round(Math.log10(ratio))
  return exponent >= 1 && exponent <= 3 && Math.abs(ratio - 10 ** exponent) < 1e-9 * ratio
}

/** The significant digits of an amount ("Rp2,85 miliar" → "285"). */
export const significant = (value: number): string => String(Math.round(value)).replace(/0+$/, '')
/**
 * Two amounts with the same three or more significant digits a power of ten apart ("Rp2,85 miliar"
 * … "Rp28,5 miliar"): a decimal separator or a zero slipped, whatever each amount is called. Two
 * digits ("Rp1,5 juta", "Rp15 juta") are too common as a unit price and a total to tell.
 */
export const sameDigits = (a: number, b: number): boolean => significant(a).length >= 3 && significant(a) === significant(b)
/**
 * Two amounts whose significant digits (three or more) are the same digits in another order, at the
 * same magnitude ("Rp1,25 miliar" / "Rp1,52 miliar"): two keys struck in the wrong order.
 */
export const transposed = (a: number, b: number): boolean => {
  const x = significant(a)
  const y = significant(b)
  if (x.length < 3 || x.length !== y.length || x === y || Math.max(a, b) / Math.min(a, b) >= 10) return false
  return [...x].sort().join('') === [...y].sort().join('') && String(Math.round(a)).length === String(Math.round(b)).length
}
/** One significant digit changed at the same magnitude ("Rp1,25 miliar" / "Rp1,35 miliar"). */
export const oneDigitOff = (a: number, b: number): boolean => {
  const x = String(Math.round(a))
  const y = String(Math.round(b))
  return x.length === y.length && x !== y && [...x].filter((c, i) => c !== y[i]).length === 1
}
/**
 * Two or more significant digits in another order, less than ten times apart ("Rp75.000" / "Rp57.000";
 * round 18). Two digits meet by chance, so only for amounts a construction already ties together.
 */
export const reorderedDigits = (a: number, b: number): boolean => {
  const x = significant(a)
  const y = significant(b)
  if (x.length < 2 || x === y || x.length !== y.length || Math.max(a, b) / Math.min(a, b) >= 10) return false
  return [...x].sort().join('') === [...y].sort().join('')
}
