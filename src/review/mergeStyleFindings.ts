import type { PreparedArticle, PreparedField } from './prepareArticle'
import type { Finding, RuleId, Severity } from './types'
import { sentenceAt } from './voiceAt'

/**
 * Rules that judge the writer's wording rather than name a distinct item (round 17). Findings of
 * one of them in one sentence are one problem of wording for the editor; typo, name, number, money
 * and date findings each name an item of their own and are never merged.
 */
export const STYLE_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'intensifier',
  'puffery',
  'loaded-language',
  'unsourced-superlative',
  'exclamation',
  'writer-credit',
])

/**
 * Rules whose findings in one sentence are one phrase. Loaded language and unsourced superlatives are
 * claims each about their own target ("visioner dengan sigap", "terbaik di Jawa dengan mural
 * terpanjang …"): the corpus annotates them one by one, and they are only folded (step 2).
 */
const MERGED_IN_SENTENCE: ReadonlySet<RuleId> = new Set<RuleId>(['intensifier', 'puffery', 'exclamation', 'writer-credit'])
/** At most this many words between two findings of one rule that make one phrase. */
const MAX_GAP_WORDS = 4

/** Pure degree words: alone before a praise word they are its degree. "benar-benar" ("truly") asserts on its own. */
const DEGREE_WORDS = new Set(['sangat', 'begitu', 'teramat', 'sangatlah', 'begitu', 'sedemikian', 'nian'])
/**
 * Since round 22 the emphatic degree words ("sungguh", "amat") are the writer exclaiming: before a praise word they
 * make one intensifier finding with it ("sungguh membanggakan", "amat memukau"), as editors mark them.
 */
const EMPHATIC_WORDS = new Set(['sungguh', 'amat', 'amatlah'])
/** An emphatic word, alone or opening a stack of degree words ("sungguh sangat", "amat sangat"). */
const emphatic = (excerpt: string) => {
  const words = excerpt.toLowerCase().split(/\s+/)
  return EMPHATIC_WORDS.has(words[0]) && words.every((w) => EMPHATIC_WORDS.has(w) || DEGREE_WORDS.has(w))
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 }

/** A lone degree word ("sangat", "begitu") a few words before a praise word belongs to the praise. */
const LEAD_IN = /^[\s\p{L}-]*$/u
const MAX_WORDS_BETWEEN = 2

const wordCount = (s: string) => (s.match(/[\p{L}\d-]+/gu) ?? []).length

function spanned(f: Finding, end: number, field: PreparedField): Finding {
  const excerpt = field.text.slice(f.start, end)
  return { ...f, end, excerpt, message: f.message.split(`"${f.excerpt}"`).join(`"${excerpt}"`) }
}

function startedAt(f: Finding, start: number, field: PreparedField): Finding {
  const excerpt = field.text.slice(start, f.end)
  return { ...f, start, excerpt, message: f.message.split(`"${f.excerpt}"`).join(`"${excerpt}"`) }
}

/**
 * One finding per phrase (round 17). In one sentence of one field:
 * 1. findings of the same style rule and the same severity become one finding from the first to the
 *    last ("sungguh sangat … lezat sekali dan benar-benar …" is one intensifier finding, a list of
 *    praise words one puffery finding);
 * 2. a style finding lying wholly inside another style rule's finding is part of that phrase and is
 *    dropped (the praise word inside a stacked intensifier);
 * 3. a lone degree word (`sangat`, `begitu` …, not `benar-benar`) up to two words before a puffery finding in the same clause is the
 *    degree of that praise ("sangat membanggakan", "sangat meriah dan penuh kehangatan"): the puffery
 *    finding starts at it and the intensifier finding goes. An emphatic word (`sungguh`, `amat`) takes the praise
 *    instead, before step 1: one intensifier finding ("sungguh membanggakan").
 */
export function mergeStyleFindings(findings: Finding[], article: PreparedArticle): Finding[] {
  const fieldOf = (f: Finding) => article.fields.find((x) => x.field === f.field) as PreparedField
  const sentence = new Map<Finding, number>()
  const sentenceOf = (f: Finding) => {
    let s = sentence.get(f)
    if (s === undefined) sentence.set(f, (s = sentenceAt(fieldOf(f), f.start).index))
    return s
  }
  /** The praise word a lone degree word `f` leads into, in its clause. */
  const praiseAfter = (f: Finding, among: Finding[]) =>
    among.find(
      (g) =>
        g.rule === 'puffery' &&
        g.field === f.field &&
        g.start >= f.end &&
        RANK[g.severity] >= RANK[f.severity] &&
        sentenceOf(g) === sentenceOf(f) &&
        LEAD_IN.test(fieldOf(f).text.slice(f.end, g.start)) &&
        wordCount(fieldOf(f).text.slice(f.end, g.start)) <= MAX_WORDS_BETWEEN,
    )
  let style = findings.filter((f) => STYLE_RULES.has(f.rule)).sort((a, b) => a.start - b.start)
  if (style.length < 2) return findings
  // 3a. An emphatic word takes the praise after it.
  const taken = new Set<Finding>()
  style = style.map((f) => {
    const praise = f.rule === 'intensifier' && emphatic(f.excerpt) ? praiseAfter(f, style) : undefined
    if (!praise || taken.has(praise)) return f
    taken.add(praise)
    const joined = spanned(f, praise.end, fieldOf(f))
    sentence.set(joined, sentenceOf(f))
    return joined
  }).filter((f) => !taken.has(f))
  const others = findings.filter((f) => !STYLE_RULES.has(f.rule))
  // 1. The same rule in one sentence.
  let merged: Finding[] = []
  for (const f of style) {
    const i = merged.findIndex(
      (g) =>
        MERGED_IN_SENTENCE.has(f.rule) &&
        g.rule === f.rule &&
        g.field === f.field &&
        g.severity === f.severity &&
        sentenceOf(g) === sentenceOf(f) &&
        (f.start <= g.end || wordCount(fieldOf(f).text.slice(g.end, f.start)) <= MAX_GAP_WORDS),
    )
    if (i < 0) {
      merged.push(f)
      continue
    }
    const g = merged[i]
    const joined = f.end > g.end ? spanned(g, f.end, fieldOf(g)) : g
    sentence.set(joined, sentenceOf(g))
    merged[i] = joined
  }
  // 3. A lone degree word before the praise.
  merged = merged.flatMap((f) => {
    if (f.rule !== 'intensifier' || !DEGREE_WORDS.has(f.excerpt.toLowerCase())) return [f]
    const praise = praiseAfter(f, merged)
    if (!praise) return [f]
    const i = merged.indexOf(praise)
    const extended = startedAt(praise, f.start, fieldOf(f))
    sentence.set(extended, sentenceOf(praise))
    merged[i] = extended
    return []
  })
  // 2. Inside another style rule's phrase.
  const kept = merged.filter(
    (f) =>
      !merged.some(
        (g) =>
          g !== f &&
          g.rule !== f.rule &&
          // Since round 20 an exclamation closing a longer sentence names the mark, not a wording: the praise in
          // "Penampilannya luar biasa!" stays; an exclamation that is the whole sentence ("Luar biasa!") is one phrase.
          (g.rule !== 'exclamation' || g.start === fieldOf(g).sentences[sentenceOf(g)].start) &&
          g.field === f.field &&
          g.start <= f.start &&
          f.end <= g.end &&
          g.end - g.start > f.end - f.start &&
          RANK[g.severity] >= RANK[f.severity],
      ),
  )
  return [...others, ...kept]
}
