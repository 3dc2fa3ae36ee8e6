import { allRules } from './allRules'
import { compileLexicon } from './compileLexicon'
import { prepareArticle } from './prepareArticle'
import type { AnalyzeOptions, ArticleField, ArticleInput, Finding } from './types'

const FIELD_ORDER: Record<ArticleField, number> = { title: 0, lead: 1, body: 2 }

/**
 * Reviews an article for accuracy and neutrality (design.md §4). Pure: no I/O, runs in the
 * browser and on the server. Findings are sorted by field (title, lead, body), then offset;
 * offsets are into the field's string exactly as given.
 */
export function analyzeArticle(input: ArticleInput, options: AnalyzeOptions = {}): Finding[] {
  const lexicon = compileLexicon(options.extraLexicon)
  const article = prepareArticle(input, lexicon)
  const rules = options.rules ? allRules.filter((rule) => options.rules?.includes(rule.id)) : allRules
  const findings = rules.flatMap((rule) => rule.run(article))
  return findings.sort(
    (a, b) =>
      FIELD_ORDER[a.field] - FIELD_ORDER[b.field] ||
      a.start - b.start ||
      a.end - b.end ||
      a.rule.localeCompare(b.rule),
  )
}
