import type { PreparedArticle, PreparedField } from '../prepareArticle'
import { CLASSIFIERS } from '../rules/countMentions'
import { unitProducts } from './factProducts'
import { type Fact, type FactSentence, articleFacts } from './quantityFacts'

/** A whole and the parts that should add up to it, found over the facts. */
export interface FactBreakdown {
  field: PreparedField
  total: Fact
  parts: Fact[]
  sum: number
}

/** Words that make a list some of the parts only. Ranking words are allowed when a rest closes the list. */
const SOME = /(?<![\p{L}])(?:antara\s+lain|di\s+antaranya|termasuk|sebagian|tambahan|misalnya|seperti|contohnya)(?![\p{L}])/iu
const RANKING = /(?<![\p{L}])(?:terbanyak|terbesar|tertinggi|paling\s+banyak)(?![\p{L}])/iu
/** Counters that stand for any noun of the whole ("250 sumur" split as "70 unit, 55 unit …"; people as "orang"). */
const COUNTERS = new Set([...CLASSIFIERS, 'jiwa', 'peserta', 'titik', 'lokasi'])
/** Two parts that are a whole by their labels: the sexes. */
const PAIRS = [['laki-laki', 'perempuan'], ['putra', 'putri'], ['pria', 'wanita']]
const equal = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, a, b)
const word = (w: string) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'iu')

/** The list of one sentence: its parts of one kind (money, or one noun) with the rest that closes it. */
function listOf(s: FactSentence): Fact[] | undefined {
  const items = s.facts.filter((f) => f.role === 'part' || f.role === 'rest')
  if (items.length < 2 || s.facts.some((f) => f.role === 'perUnit')) return undefined
  // Every listed quantity of the sentence's kind counts one thing; a list of mixed nouns is no breakdown of one whole.
  const kind = items[0].money
  const kinds = new Set(items.filter((f) => f.money === kind).map((f) => (f.money ? '' : f.noun)))
  const own = items.filter((f) => f.money === kind)
  return kinds.size === 1 && own.length >= 2 ? own : undefined
}

/** A fact a whole may be: stated before, not itself a part or a rate, not an estimate. */
const wholeCandidate = (f: Fact, parts: Fact[]) =>
  (f.role === 'plain' || f.role === 'total') && !f.approximate && f.money === parts[0].money && parts.every((p) => p.value < f.value)

/** Does a count whole `t` count what the parts count (same noun, its head, or a counter naming it in the parts' sentence)? */
function sameThing(t: Fact, parts: Fact[], s: FactSentence, refs: Set<string>): boolean {
  if (t.money) return true
  const noun = parts[0].noun
  if (noun === t.noun || noun === t.head) return true
  return COUNTERS.has(noun) && (refs.has(t.noun) || word(t.noun).test(s.text) || word(t.head).test(s.text))
}

/**
 * The whole a list refers back to: a demonstrative in its sentence or the one before names the whole's thing
 * ("Anggaran tersebut terbagi …", "dana itu"), or the list's sentence names it ("Sumur resapan dibangun di …"); the
 * latest fact of that thing before the list. Two earlier facts of one thing with other values: ambiguous, none.
 */
function wholeOf(sentences: FactSentence[], i: number, parts: Fact[]): Fact | undefined {
  const s = sentences[i]
  const prev = sentences[i - 1]
  const refs = new Set([...s.refs, ...(prev && prev.field === s.field ? prev.refs : [])])
  const earlier = sentences.slice(0, i).flatMap((x) => x.facts).filter((f) => wholeCandidate(f, parts))
  const named = (f: Fact) => !f.money && (word(f.noun).test(s.text.slice(0, parts[0].start - s.start)) || parts[0].noun === f.noun)
  const matches = (f: Fact) => refs.has(f.head) || refs.has(f.noun) || named(f)
  const linked = earlier.filter((f) => matches(f) && sameThing(f, parts, s, refs))
  const last = linked.at(-1)
  if (!last) return undefined
  const key = (f: Fact) => (f.money ? f.head : f.noun)
  // Two different wholes of one thing (a budget and a later budget): which one the list breaks down is unclear.
  if (linked.some((f) => key(f) === key(last) && !equal(f.value, last.value))) return undefined
  return last
}

/**
 * Breakdowns over the facts (round 24): a list of two or more quantities of one kind, complete because its
 * sentence or the one before announces a breakdown (`cue`) or because a rest closes it, whose whole is found by
 * reference (demonstrative or the whole's noun) anywhere before; reported when the sum is near the whole but not it.
 */
export function factBreakdowns(article: PreparedArticle): FactBreakdown[] {
  const sentences = articleFacts(article)
  const found: FactBreakdown[] = []
  for (const [i, s] of sentences.entries()) {
    const parts = listOf(s)
    if (!parts) continue
    const prev = sentences[i - 1]
    const pair = parts.length === 2 && PAIRS.some(([a, b]) => word(a).test(s.text) && word(b).test(s.text))
    const closed = parts.at(-1)?.role === 'rest' || pair
    const announced = s.cue || (prev !== undefined && prev.field === s.field && prev.cue && prev.facts.every((f) => f.money !== parts[0].money || f.role === 'perUnit'))
    if (!closed && !announced) continue
    // Words of some parts count before the list's last item; after it they describe something else ("…, sebagian besar berusia …").
    const listed = s.text.slice(0, (parts.at(-1)?.end ?? s.end) - s.start)
    if (SOME.test(listed) || (!closed && RANKING.test(s.text))) continue
    const total = wholeOf(sentences, i, parts)
    if (!total) continue
    // A pair of sexes is of the whole only when referred to ("Dari jumlah itu", "Kader itu"), not of a narrowed set beside it.
    const refs = [...s.refs, ...(prev?.field === s.field ? prev.refs : [])]
    if (pair && !announced && !refs.includes(total.noun) && !refs.includes(total.head)) continue
    const sum = parts.reduce((n, p) => n + p.value, 0)
    if (equal(sum, total.value) || sum < total.value * 0.8 || sum > total.value * 1.25) continue
    // The parts add up to another figure of their kind given before them: they break that one down.
    if (sentences.slice(0, i + 1).some((x) => x.facts.some((f) => f.money === total.money && f !== total && equal(f.value, sum)))) continue
    found.push({ field: sentences[total.sentence].field, total, parts, sum })
  }
  // Since round 24 a count for each unit times the units (`factProducts.ts`), its one part the count for each unit.
  for (const p of unitProducts(sentences)) found.push({ field: sentences[p.total.sentence].field, total: p.total, parts: [p.each], sum: p.product })
  return found
}
