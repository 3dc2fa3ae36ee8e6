import { analyzeArticle } from '@/review/analyzeArticle'
import type { AnalyzeOptions, ArticleInput, Finding, RuleId } from '@/review/types'

/** Runs a single rule on an article given as body (or a full input). */
export function check(rule: RuleId, input: string | Partial<ArticleInput>, options: AnalyzeOptions = {}): Finding[] {
  const article: ArticleInput =
    typeof input === 'string' ? { title: 'Berita', body: input, publishedAt: '2022-05-31' } : { title: 'Berita', body: '', publishedAt: '2022-05-31', ...input }
  return analyzeArticle(article, { ...options, rules: [rule] })
}

/** The excerpts a single rule reports. */
export const excerpts = (rule: RuleId, input: string | Partial<ArticleInput>, options: AnalyzeOptions = {}): string[] =>
  check(rule, input, options).map((f) => f.excerpt)

/** Excerpt and severity pairs, for compact assertions. */
export const brief = (findings: Finding[]) => findings.map((f) => [f.excerpt, f.severity])

/** Every finding's excerpt must be exactly the text at its offsets. */
export function expectOffsetsMatch(findings: Finding[], input: ArticleInput): boolean {
  return findings.every((f) => {
    const text = f.field === 'title' ? input.title : f.field === 'lead' ? (input.lead ?? '') : input.body
    return text.slice(f.start, f.end) === f.excerpt
  })
}

/** The excerpts a single rule reports as warning or error (not info). */
export const warnings = (rule: RuleId, input: string | Partial<ArticleInput>, options: AnalyzeOptions = {}): string[] =>
  check(rule, input, options)
    .filter((f) => f.severity !== 'info')
    .map((f) => f.excerpt)

/** A checker of one rule on bodies under a fixed headline, dated 12 October 2026 (round 10 specs). */
export const onBody =
  (rule: RuleId, title = 'Berita Kota') =>
  (body: string): string[] =>
    excerpts(rule, { title, body, publishedAt: '2026-10-12' })
