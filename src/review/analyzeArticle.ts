import { allRules } from './allRules'
import { compileLexicon } from './compileLexicon'
import { prepareArticle, type PreparedArticle } from './prepareArticle'
import type { AnalyzeOptions, ArticleField, ArticleInput, Finding, RuleId } from './types'
import { sentenceAt } from './voiceAt'

const FIELD_ORDER: Record<ArticleField, number> = { title: 0, lead: 1, body: 2 }

/** A finding of the key rule hides an overlapping finding of the value rules (the more specific one wins). */
const SUPERSEDES: Partial<Record<RuleId, RuleId[]>> = {
  'unsourced-superlative': ['puffery'],
  generalisation: ['unattributed-certainty'],
  'preferred-spelling': ['official-name', 'typo'],
  'official-name': ['name-consistency', 'typo'],
  'name-consistency': ['typo'],
}

/**
 * A finding of the key rule hides a finding of the value rules anywhere in its sentence: the praise
 * inside a credit sentence ("Di bawah kepemimpinan X yang tak kenal lelah, …") is the credit already
 * reported, not a second problem.
 */
const SUPERSEDES_IN_SENTENCE: Partial<Record<RuleId, RuleId[]>> = {
  'writer-credit': ['loaded-language'],
}

function withoutSuperseded(findings: Finding[], article: PreparedArticle): Finding[] {
  const sentenceOf = (f: Finding) => {
    const field = article.fields.find((x) => x.field === f.field)
    return field ? sentenceAt(field, f.start).index : -1
  }
  return findings.filter(
    (f) =>
      !findings.some(
        (g) =>
          g !== f &&
          g.field === f.field &&
          ((g.start < f.end && f.start < g.end && SUPERSEDES[g.rule]?.includes(f.rule)) ||
            (SUPERSEDES_IN_SENTENCE[g.rule]?.includes(f.rule) && sentenceOf(g) === sentenceOf(f))),
      ),
  )
}

/**
 * Reviews an article for accuracy and neutrality (design.md §4). Pure: no I/O, runs in the
 * browser and on the server (the registry and the dictionary are passed in). Findings are sorted
 * by field (title, lead, body), then offset; offsets are into the field's string exactly as given.
 */
export function analyzeArticle(input: ArticleInput, options: AnalyzeOptions = {}): Finding[] {
  const lexicon = compileLexicon(options.extraLexicon)
  const article = prepareArticle(input, lexicon, { registry: options.registry, spellChecker: options.spellChecker })
  const rules = options.rules ? allRules.filter((rule) => options.rules?.includes(rule.id)) : allRules
  const findings = withoutSuperseded(rules.flatMap((rule) => rule.run(article)), article)
  return findings.sort(
    (a, b) =>
      FIELD_ORDER[a.field] - FIELD_ORDER[b.field] ||
      a.start - b.start ||
      a.end - b.end ||
      a.rule.localeCompare(b.rule),
  )
}
