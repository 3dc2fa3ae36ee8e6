import type { CompiledLexicon } from '../compileLexicon'
import type { PreparedField } from '../prepareArticle'
import type { Rule } from '../Rule'
import type { ArticleField, Finding } from '../types'

interface DayMonth {
  field: ArticleField
  day: number
  month: number
  start: number
  end: number
  excerpt: string
}

const MONTH_NAMES = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember']
const FIELD_NAMES: Record<ArticleField, string> = { title: 'judul', lead: 'teras berita', body: 'isi berita' }
const patternCache = new WeakMap<CompiledLexicon, RegExp>()

function pattern(lexicon: CompiledLexicon): RegExp {
  let re = patternCache.get(lexicon)
  if (!re) {
    re = new RegExp(
      `(?<![\\p{L}\\p{N}/.])(?:(?<d1>\\d{1,2})\\s*/\\s*(?<m1>\\d{1,2})(?:\\s*/\\s*\\d{2,4})?(?![\\p{N}/])|(?<d2>\\d{1,2})\\s+(?<m2>${lexicon.monthPattern})(?![\\p{L}]))`,
      'giu',
    )
    patternCache.set(lexicon, re)
  }
  re.lastIndex = 0
  return re
}

function dates(field: PreparedField, lexicon: CompiledLexicon): DayMonth[] {
  const found: DayMonth[] = []
  for (const m of field.text.matchAll(pattern(lexicon))) {
    const g = m.groups ?? {}
    const day = Number(g.d1 ?? g.d2)
    const month = g.m1 ? Number(g.m1) : (lexicon.months.get(g.m2.toLowerCase()) ?? 0)
    if (day < 1 || day > 31 || month < 1 || month > 12) continue
    found.push({ field: field.field, day, month, start: m.index, end: m.index + m[0].length, excerpt: m[0] })
  }
  return found
}

/**
 * A date in the title or lead that the body never gives, while the body dates the event
 * differently within six weeks ("Digelar 18 Februari" over a body saying "Kamis (19/2/2026)").
 */
export const dateConsistency: Rule = {
  id: 'date-consistency',
  category: 'accuracy',
  run: (article) => {
    const byField = new Map(article.fields.map((f) => [f.field, dates(f, article.lexicon)] as const))
    const body = byField.get('body') ?? []
    const findings: Finding[] = []
    const check = (head: DayMonth, others: DayMonth[]) => {
      if (others.length === 0 || others.some((o) => o.month === head.month && o.day === head.day)) return
      const distance = (o: DayMonth) => Math.abs((o.month - head.month) * 31 + o.day - head.day)
      const nearest = others.reduce((best, o) => (distance(o) < distance(best) ? o : best))
      // A body that only dates other months (a deadline, a past event) says nothing about this date.
      if (distance(nearest) > 45) return
      findings.push({
        rule: 'date-consistency',
        category: 'accuracy',
        severity: 'warning',
        message: `Tanggal tidak konsisten: ${FIELD_NAMES[head.field]} menyebut "${head.excerpt}", sedangkan ${FIELD_NAMES[nearest.field]} menyebut "${nearest.excerpt}". Samakan tanggalnya.`,
        field: head.field,
        start: head.start,
        end: head.end,
        excerpt: head.excerpt,
        suggestion: `${nearest.day} ${MONTH_NAMES[nearest.month - 1]}`,
      })
    }
    for (const head of byField.get('title') ?? []) check(head, [...(byField.get('lead') ?? []), ...body])
    for (const head of byField.get('lead') ?? []) check(head, body)
    return findings
  },
}
