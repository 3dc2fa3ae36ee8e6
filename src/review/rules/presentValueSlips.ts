/** An amount as money-consistency sees it: its text around it, the thing it is for, its order. */
export interface PresentAmount {
  value: number
  start: number
  end: number
  text: string
  thing: string | null
  order: number
}

/** The present value restated: "harga yang kini Rp46.000", "tarifnya saat ini Rp12.000". */
const NOW_BEFORE = /(?<![\p{L}])(?:kini|saat\s+ini|sekarang)(?:\s+(?:sudah|masih|sebesar|mencapai|menjadi))?\s+$/iu
const UNIT_AFTER = /^\s+(per\s+\p{L}+)/iu
/** Since round 20 the present marker after the amount and its unit: "dengan harga Rp45.000 per kilogram saat ini". */
const NOW_AFTER = /^(?:\s+per\s+\p{L}+)?\s+(?:kini|saat\s+ini|sekarang)(?![\p{L}])/iu
/** A change or an earlier value in the clause before: "naik dari … menjadi Rp54.000 saat ini" gives a new value, not one restated. */
const CHANGE_BEFORE = /(?<![\p{L}])(?:naik|turun|dari|menjadi|semula|sebelumnya|awalnya|lalu)(?![\p{L}])/iu
const sentenceStartOf = (a: PresentAmount) => {
  const before = a.text.slice(Math.max(0, a.start - 160), a.start)
  return a.start - before.length + Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1
}
/** The amount said to be the present one: the marker before it, or after it with no change in its sentence before it. */
const present = (b: PresentAmount): boolean =>
  NOW_BEFORE.test(b.text.slice(Math.max(0, b.start - 40), b.start)) ||
  (NOW_AFTER.test(b.text.slice(b.end, b.end + 40)) && !CHANGE_BEFORE.test(b.text.slice(sentenceStartOf(b), b.start)))

/** The thing named earlier in the amount's sentence ("Harga cabai … naik menjadi Rp64.000"). */
const namedBefore = (a: PresentAmount, thing: string): boolean => {
  const before = a.text.slice(Math.max(0, a.start - 120), a.start)
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1)
  return new RegExp(`(?<![\\p{L}])${thing}(?![\\p{L}])`, 'iu').test(sentence)
}

/** Significant digits ("Rp46.000" → "46"). */
const significant = (value: number): string => String(Math.round(value)).replace(/0+$/, '')

/**
 * A price or rate restated as the present one with its digits in another order (round 14): "Harga
 * … naik menjadi Rp64.000 per kilogram" … "harga … yang kini Rp46.000 per kilogram". Two
 * significant digits are enough here: "kini" says it is the value already given, for the same thing
 * and the same unit, at the same magnitude. Returns [wrong, right] pairs.
 */
export function presentValueSlips<T extends PresentAmount>(amounts: readonly T[]): [T, T][] {
  const pairs: [T, T][] = []
  for (const b of amounts) {
    if (!b.thing || !present(b)) continue
    if (amounts.some((o) => o !== b && o.value === b.value)) continue
    const unit = UNIT_AFTER.exec(b.text.slice(b.end, b.end + 20))?.[1].toLowerCase() ?? ''
    const y = significant(b.value)
    const earlier = amounts.filter((a) => {
      if (a.order >= b.order || (a.text === b.text && a.start >= sentenceStartOf(b)) || (a.thing !== b.thing && !(a.thing === null && namedBefore(a, b.thing ?? '')))) return false
      const x = significant(a.value)
      if (x.length < 2 || x === y || x.length !== y.length || [...x].sort().join('') !== [...y].sort().join('')) return false
      const aUnit = UNIT_AFTER.exec(a.text.slice(a.end, a.end + 20))?.[1].toLowerCase() ?? ''
      return aUnit === unit && Math.max(a.value, b.value) / Math.min(a.value, b.value) < 10
    })
    if (earlier.length > 0 && new Set(earlier.map((a) => a.value)).size === 1) pairs.push([b, earlier[0]])
  }
  return pairs
}
