import { parseNumber } from '../parseNumber'
import type { PreparedField } from '../prepareArticle'
import type { Rule } from '../Rule'
import type { ArticleField, Finding } from '../types'

interface Mention {
  field: ArticleField
  noun: string
  value: number
  /** The word after the noun ("medali emas" in "41 medali emas"), lower case. */
  second?: string
  approximate: boolean
  start: number
  end: number
  excerpt: string
}

const FIGURE =
  /(?<![\d.,/\-–])(?<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)(?:\s+(?<mult>ribu|rb|juta|miliar|milyar|triliun|thousand|million|billion)\b)?\s+(?<w1>\p{L}[\p{Ll}-]*)(?![\p{L}])(?:\s+(?<w2>\p{L}[\p{Ll}-]*)(?![\p{L}]))?/dgu
const APPROXIMATE =
  /(?:sekitar|kurang lebih|lebih dari|kurang dari|hampir|sedikitnya|setidaknya|minimal|maksimal|paling sedikit|di atas|di bawah|hingga|sampai|mencapai|about|around|more than|less than|over|nearly|almost|up to|at least)\s*$|[±~<>]\s*$/i
const CURRENCY = /(?:Rp\.?|IDR|USD|US\$|\$)\s*$/i
const CLASSIFIERS = new Set(['orang', 'buah', 'unit', 'ekor', 'lembar', 'batang', 'biji', 'pasang'])
const FIELD_NAMES: Record<ArticleField, string> = { title: 'judul', lead: 'teras berita', body: 'isi berita' }

function mentions(field: PreparedField, stopwords: Set<string>, calendar: Set<string>): Mention[] {
  const found: Mention[] = []
  for (const m of field.text.matchAll(FIGURE)) {
    const g = m.groups ?? {}
    const before = field.text.slice(Math.max(0, m.index - 20), m.index)
    if (CURRENCY.test(before)) continue
    if (/[-–]\s*$/.test(before) || /^\s*[-–]/.test(field.text.slice(m.index + g.num.length))) continue
    const indices = m.indices?.groups ?? {}
    const w1 = g.w1.toLowerCase()
    const w2 = g.w2?.toLowerCase()
    if (calendar.has(w1) || (/^\p{Lu}/u.test(g.w1) && field.field === 'body')) continue
    let noun = w1
    let nounEnd = indices.w1?.[1] ?? m.index + m[0].length
    if (CLASSIFIERS.has(w1) && w2 && !stopwords.has(w2) && !calendar.has(w2)) {
      noun = w2
      nounEnd = m.index + m[0].length
    }
    if (stopwords.has(noun) && !CLASSIFIERS.has(noun)) continue
    found.push({
      field: field.field,
      noun,
      value: parseNumber(g.num, g.mult),
      ...(noun === w1 && w2 ? { second: w2 } : {}),
      approximate: APPROXIMATE.test(before),
      start: m.index,
      end: nounEnd,
      excerpt: field.text.slice(m.index, nounEnd),
    })
  }
  return found
}

const same = (a: number, b: number) => Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a))

/** The same counted thing with different figures in title/lead and body ("150 peserta" / "120 peserta"). */
export const numberConsistency: Rule = {
  id: 'number-consistency',
  category: 'accuracy',
  run: (article) => {
    const stopwords = article.lexicon.numberNounStopwords
    const byField = new Map<ArticleField, Mention[]>()
    const calendar = new Set([...article.lexicon.months.keys(), ...article.lexicon.weekdays.keys()])
    for (const field of article.fields) byField.set(field.field, mentions(field, stopwords, calendar))
    const body = byField.get('body') ?? []
    const findings: Finding[] = []
    const check = (mention: Mention, others: Mention[]) => {
      if (mention.approximate) return
      const exact = others.filter((o) => o.noun === mention.noun && !o.approximate)
      if (exact.length === 0) return
      if (exact.some((o) => same(o.value, mention.value))) return
      if (exact.length > 1 && same(exact.reduce((sum, o) => sum + o.value, 0), mention.value)) return
      // The same figure counts the noun one word on ("41 Emas" / "41 medali emas"): the same thing.
      if (others.some((o) => o.second === mention.noun && same(o.value, mention.value))) return
      const where = FIELD_NAMES[exact[0].field]
      const figures = [...new Set(exact.map((o) => `"${o.excerpt}"`))].join(', ')
      findings.push({
        rule: 'number-consistency',
        category: 'accuracy',
        severity: 'warning',
        message: `Angka tidak konsisten: ${FIELD_NAMES[mention.field]} menyebut "${mention.excerpt}", sedangkan ${where} menyebut ${figures}. Samakan angkanya atau jelaskan perbedaannya.`,
        field: mention.field,
        start: mention.start,
        end: mention.end,
        excerpt: mention.excerpt,
      })
    }
    for (const mention of byField.get('title') ?? []) check(mention, [...(byField.get('lead') ?? []), ...body])
    for (const mention of byField.get('lead') ?? []) check(mention, body)
    return findings
  },
}
