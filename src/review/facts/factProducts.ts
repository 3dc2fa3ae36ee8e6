import type { Fact, FactSentence } from './quantityFacts'

/** A whole, the count given for each unit, and how many units there are. */
export interface FactProduct {
  total: Fact
  each: Fact
  units: Fact
  product: number
}

/** The unit a count is given for: "setiap kelurahan", "tiap sekolah", "masing-masing kelompok" before it in its sentence. */
const EACH_UNIT = /(?<![\p{L}])(?:setiap|tiap|masing-masing)\s+(\p{Ll}{3,})(?![\p{L}])/giu
/** Words that leave room for more than the product (a rest, some units, a bound or an average), or name another time. */
const OPEN = /(?<![\p{L}])(?:sisanya|selebihnya|lainnya|sebagian|kecuali|tambahan|rata-rata|maksimal|minimal|paling\s+banyak|paling\s+sedikit|hingga|sampai|sekitar|kurang\s+lebih|target|kuota|ditambah|lagi)(?![\p{L}])/iu
const equal = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, a, b)

/** The latest earlier fact of a noun that plays no part or rate, or none when the article gives that noun two values. */
function lastOf(facts: Fact[], noun: string, before: (f: Fact) => boolean): Fact | undefined {
  const of = facts.filter((f) => !f.money && before(f) && (f.noun === noun || f.head === noun) && (f.role === 'plain' || f.role === 'total') && !f.approximate)
  const last = of.at(-1)
  return last && of.every((f) => equal(f.value, last.value)) ? last : undefined
}

/**
 * A count given for each unit ("Setiap kelurahan mendapat 50 paket") times the units counted elsewhere ("25 kelurahan")
 * against a whole of that count's noun stated before ("1.500 paket"): reported when the product is near the whole but not
 * it. Silent when the sentence or the next leaves room (a rest, some units, a bound, an average), and when the units or
 * the whole are given two values in the article (which one is meant is unclear).
 */
export function unitProducts(sentences: FactSentence[]): FactProduct[] {
  const found: FactProduct[] = []
  for (const [i, s] of sentences.entries()) {
    if (OPEN.test(s.text) || OPEN.test(sentences[i + 1]?.text ?? '')) continue
    const m = [...s.text.matchAll(EACH_UNIT)].at(-1)
    if (!m) continue
    const unit = m[1].toLowerCase()
    // The count given for each: the first count after the unit, within a short clause ("Setiap kelurahan mendapat 50 paket").
    const from = s.start + m.index + m[0].length
    const each = s.facts.find((f) => !f.money && f.start >= from && f.start - from <= 40 && !/[,;]/u.test(s.field.text.slice(from, f.start)))
    if (!each || each.approximate || unit === each.noun) continue
    const facts = sentences.slice(0, i + 1).flatMap((x) => x.facts)
    const before = (f: Fact) => f.sentence < i || f.start < each.start
    const units = lastOf(facts, unit, before)
    const total = lastOf(facts, each.noun, before)
    if (!units || !total || total.sentence === i) continue
    const product = units.value * each.value
    // The sentence states the product itself ("sehingga 33 bus menampung 1.650 penumpang"): a restatement, not a whole's split.
    if (s.facts.some((f) => equal(f.value, product))) continue
    if (equal(product, total.value) || product < total.value * 0.8 || product > total.value * 1.25) continue
    found.push({ total, each, units, product })
  }
  return found
}
