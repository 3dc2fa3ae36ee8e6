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
  /** The noun is coordinated ("1.335 lansia dan penyandang disabilitas"): the figure counts the union. */
  coordinated: boolean
  /** Framed as a total ("Sebanyak 46 lansia", "total 120 peserta"). */
  total: boolean
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
      coordinated: /^\s+(?:dan|serta|atau|&)\s+\p{L}/iu.test(field.text.slice(noun === w1 ? (indices.w1?.[1] ?? nounEnd) : nounEnd)),
      total: /(?:sebanyak|total|seluruhnya|sejumlah|mengumpulkan|melibatkan|diikuti)\s*$/i.test(before),
      start: m.index,
      end: nounEnd,
      excerpt: field.text.slice(m.index, nounEnd),
    })
  }
  return found
}

/** A photo caption paragraph ("Foto: …", "Keterangan foto: …"). */
const CAPTION = /^\s*(?:foto|keterangan\s+foto|keterangan|caption)\s*:/iu
const digits = (n: number) => String(Math.round(n)).split('').sort().join('')
/** Two figures that look like one figure mistyped: the same digits reordered, or one digit changed. */
function slipOf(a: number, b: number): boolean {
  const x = String(Math.round(a))
  const y = String(Math.round(b))
  if (x.length !== y.length || x === y) return false
  if (digits(a) === digits(b)) return true
  return [...x].filter((c, i) => c !== y[i]).length === 1
}

/**
 * A photo caption counting the lead's thing differently ("Foto: Sebanyak 40 lansia …" under a
 * lead of "Sebanyak 46 lansia …"). A caption may show part of the event, so only a figure that
 * looks like the lead's figure mistyped (digits reordered, one digit changed) is reported, or a
 * caption figure framed as the total ("Sebanyak …") against a lead total.
 */
function captionCounts(field: PreparedField, body: Mention[], leadField: Mention[]): Finding[] {
  const first = field.paragraphs[0]
  const lead = leadField.length ? leadField : body.filter((m) => first && m.end <= first.end)
  const findings: Finding[] = []
  for (const p of field.paragraphs) {
    if (!CAPTION.test(field.text.slice(p.start, p.end))) continue
    for (const m of body) {
      if (m.start < p.start || m.end > p.end || m.approximate || m.coordinated) continue
      const exact = lead.filter((o) => o.noun === m.noun && !o.approximate && !o.coordinated)
      if (exact.length === 0 || exact.some((o) => same(o.value, m.value))) continue
      const right = exact.find((o) => slipOf(o.value, m.value) || (o.total && m.total))
      if (!right) continue
      findings.push({
        rule: 'number-consistency',
        category: 'accuracy',
        severity: 'warning',
        message: `Angka tidak konsisten: keterangan foto menyebut "${m.excerpt}", sedangkan teras berita menyebut "${right.excerpt}". Samakan angkanya atau jelaskan perbedaannya.`,
        field: m.field,
        start: m.start,
        end: m.end,
        excerpt: m.excerpt,
        suggestion: right.excerpt,
      })
    }
  }
  return findings
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
      if (mention.approximate || mention.coordinated) return
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
    const bodyField = article.fields.find((f) => f.field === 'body')
    if (bodyField) findings.push(...captionCounts(bodyField, body, byField.get('lead') ?? []))
    return findings
  },
}
