import { digitSlip, writtenFigure } from '../digitSlip'
import type { PlacedAmount } from './wholeReferences'

/** The start of a change: "dari Rp45.000", "naik dari Rp45.000". */
const FROM_BEFORE = /(?<![\p{L}])dari\s+$/iu
/** Its end written after it: "dari Rp54.000 menjadi Rp72.000", "… ke Rp72.000". */
const TO_BETWEEN = /^(?:\s+per\s+\p{L}+)?\s+(?:menjadi|ke|jadi)\s+$/iu
/** Its end written before it: "mencapai Rp72.000 per kilogram, naik dari Rp45.000". */
const TO_BEFORE_BETWEEN = /^(?:\s+per\s+\p{L}+)?,?\s+(?:naik|turun|meningkat|menurun|melonjak|anjlok|bertambah|berkurang)(?:\s+\p{L}+)?\s+dari\s+$/iu

interface Change<T> {
  from: T
  to: T
}

/** The changes of the article: an amount after `dari` and the amount it changed to. */
function changes<T extends PlacedAmount>(amounts: readonly T[]): Change<T>[] {
  const found: Change<T>[] = []
  for (const from of amounts) {
    if (!FROM_BEFORE.test(from.text.slice(Math.max(0, from.start - 8), from.start))) continue
    const to = amounts.find(
      (o) =>
        o.text === from.text &&
        ((o.start > from.end && TO_BETWEEN.test(from.text.slice(from.end, o.start))) ||
          (o.end < from.start && TO_BEFORE_BETWEEN.test(from.text.slice(o.end, from.start)))),
    )
    if (to) found.push({ from, to })
  }
  return found
}

const figure = (a: PlacedAmount): string => writtenFigure(a.excerpt)

/** Another time named in the change's sentence ("Setahun lalu harga naik dari …"): a change of its own. */
const OTHER_TIME = /(?<![\p{L}])(?:lalu|sebelumnya|silam|setahun|tahun\s+(?:19|20)\d\d)(?![\p{L}])/iu
const sentenceOf = (a: PlacedAmount): string => {
  const before = a.text.slice(0, a.start)
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1
  const end = a.text.slice(a.end).search(/\.\s|\n|$/)
  return a.text.slice(start, a.end + end)
}

/**
 * A change restated with its start mistyped (round 18): "mencapai Rp72.000, naik dari Rp45.000" …
 * "kenaikan dari Rp54.000 menjadi Rp72.000". Two changes to the same amount from two starts one
 * mistyped from the other (`digitSlip`: swapped, changed, added or dropped digit) are one change
 * written twice; the later start is reported unless it is the one written more often. Returns
 * [wrong, right] pairs.
 */
export function changeRestatements<T extends PlacedAmount>(amounts: readonly T[]): [T, T][] {
  const pairs: [T, T][] = []
  const all = changes(amounts)
  const written = (v: number) => amounts.filter((a) => a.value === v).length
  for (const [i, x] of all.entries()) {
    for (const y of all.slice(i + 1)) {
      if (x.to.value !== y.to.value || x.from.value === y.from.value) continue
      if (Math.max(x.from.value, y.from.value) / Math.min(x.from.value, y.from.value) >= 2 || !digitSlip(figure(x.from), figure(y.from))) continue
      const [first, later] = x.from.order < y.from.order ? [x.from, y.from] : [y.from, x.from]
      if (OTHER_TIME.test(sentenceOf(later))) continue
      pairs.push(written(later.value) > written(first.value) ? [first, later] : [later, first])
    }
  }
  return pairs
}
