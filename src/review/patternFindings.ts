import type { PreparedArticle, PreparedField } from './prepareArticle'
import type { Category, Finding, RuleId, Severity } from './types'
import { voiceAt } from './voiceAt'

export interface PatternRuleOptions {
  rule: RuleId
  category: Category
  pattern: RegExp
  message(excerpt: string): string
  /** Return true to drop a match (e.g. a source is named in the sentence). */
  skip?(field: PreparedField, match: RegExpMatchArray): boolean
  /** The severity of a match (default warning): weaker evidence may be reported as info. */
  severity?(match: RegExpMatchArray): Severity
  /** Round 21: keep a match in a sentence read as reported speech when the rule knows it is the writer's. */
  ownVoice?(field: PreparedField, match: RegExpMatchArray): boolean
}

/**
 * Findings for a neutrality rule driven by a regular expression: reported only in the writer's
 * own voice (not inside a quotation or in reported speech such as "menurut …", "kata …").
 */
export function patternFindings(article: PreparedArticle, options: PatternRuleOptions): Finding[] {
  const findings: Finding[] = []
  for (const field of article.fields) {
    options.pattern.lastIndex = 0
    for (const m of field.text.matchAll(options.pattern)) {
      const start = m.index
      const voice = voiceAt(field, start)
      if (voice !== 'writer' && !(voice === 'reported' && options.ownVoice?.(field, m))) continue
      if (options.skip?.(field, m)) continue
      const excerpt = m[0]
      findings.push({
        rule: options.rule,
        category: options.category,
        severity: options.severity?.(m) ?? 'warning',
        message: options.message(excerpt),
        field: field.field,
        start,
        end: start + excerpt.length,
        excerpt,
      })
    }
  }
  return findings
}
