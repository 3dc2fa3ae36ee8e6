import { allRules } from './allRules'
import { compileLexicon } from './compileLexicon'
import { boundInput } from './boundInput'
import { blanked, COMPARING_RULES, insideWrongVersion, wrongVersions } from './correctionNotice'
import { mergeStyleFindings } from './mergeStyleFindings'
import { prepareArticle, type PreparedArticle } from './prepareArticle'
import { SPELL_TESTS_PER_REVIEW } from './spelling/testBudget'
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
  // Since round 16 a teaser addressing the reader ("Anda Tidak Akan Menyangka …") is the clickbait, not a call to action.
  clickbait: ['call-to-action'],
}

/**
 * A finding of the key rule hides a finding of the value rules anywhere in its sentence: the praise
 * inside a credit sentence ("Di bawah kepemimpinan X yang tak kenal lelah, …") is the credit already
 * reported, not a second problem.
 */
const SUPERSEDES_IN_SENTENCE: Partial<Record<RuleId, RuleId[]>> = {
  // Since round 13 also the group's feeling credited to the official ("Berkat kepedulian Wali Kota, kini para perajin
  // semakin percaya diri …"): the credit is the claim.
  'writer-credit': ['loaded-language', 'generalisation'],
}

/**
 * A registry variant written as an office of a named place ("Walikota Yogyakarta") is the
 * official-name finding editors expect, even when the word is also a listed spelling variant
 * (round 11); a bare "Walikota" in the body stays a spelling finding. Since round 14 a headline's
 * "Walikota" is the official-name finding too (three of four annotated cases of the corpus mark it so).
 */
const NAMED_PLACE_AFTER = /^\s+\p{Lu}\p{Ll}/u
/**
 * Since round 22 a certainty adverb inside a generalisation ("Para pedagang tentu senang …") is the writer
 * vouching on top of the group's claim: two claims. A listed group phrase ("semua warga setuju") or a bare
 * "dipastikan" is the generalisation itself.
 */
const CERTAINTY_ADVERB = /^(?:sudah\s+(?:barang\s+)?)?(?:tentu(?:nya|\s+saja)?|pasti(?:nya)?|jelas|niscaya)$/iu
function hides(g: Finding, f: Finding, article: PreparedArticle): boolean {
  if (g.rule === 'generalisation' && f.rule === 'unattributed-certainty' && CERTAINTY_ADVERB.test(f.excerpt)) return false
  // Since round 14 an office name around the spelling ("Wakil Walikota" around "Walikota") is the finding that names it.
  const around = (a: Finding, b: Finding) =>
    a.rule === 'official-name' && b.rule === 'preferred-spelling' && a.field === b.field && a.start <= b.start && b.end <= a.end && a.end - a.start > b.end - b.start
  if (around(g, f)) return true
  if (around(f, g)) return false
  const pair = (a: Finding, b: Finding) => a.rule === 'official-name' && b.rule === 'preferred-spelling' && a.start === b.start && a.end === b.end
  if (pair(g, f) || pair(f, g)) {
    // Since round 14 a headline's title is the office's name ("Walikota Teken Perwal …"), as editors mark it.
    if (g.field === 'title') return g.rule === 'official-name'
    const text = article.fields.find((x) => x.field === g.field)?.text ?? ''
    const officeOfPlace = NAMED_PLACE_AFTER.test(text.slice(g.end, g.end + 4))
    return g.rule === (officeOfPlace ? 'official-name' : 'preferred-spelling')
  }
  return SUPERSEDES[g.rule]?.includes(f.rule) ?? false
}

/**
 * Since round 20 loaded language as the manner of an action ("petugas dengan sigap menuntaskan …") judges how the
 * clause's subject acted, not the credited official: it stays beside the credit.
 */
function mannerOfAction(f: Finding, article: PreparedArticle): boolean {
  if (f.rule !== 'loaded-language') return false
  const text = article.fields.find((x) => x.field === f.field)?.text ?? ''
  return /^(?:dengan|secara)\s/iu.test(f.excerpt) || /(?<![\p{L}])(?:dengan|secara)\s+$/iu.test(text.slice(Math.max(0, f.start - 8), f.start))
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
          ((g.start < f.end && f.start < g.end && hides(g, f, article)) ||
            (SUPERSEDES_IN_SENTENCE[g.rule]?.includes(f.rule) && sentenceOf(g) === sentenceOf(f) && !mannerOfAction(f, article))),
      ),
  )
}

/**
 * Reviews an article for accuracy and neutrality (design.md §4). Pure: no I/O, runs in the
 * browser and on the server (the registry and the dictionary are passed in). Findings are sorted
 * by field (title, lead, body), then offset; offsets are into the field's string exactly as given.
 */
export function analyzeArticle(given: ArticleInput, options: AnalyzeOptions = {}): Finding[] {
  // Hostile or runaway text: the rules read a bounded copy with the same offsets (`boundInput.ts`).
  const { input, restore } = boundInput(given)
  const lexicon = compileLexicon(options.extraLexicon)
  // One bounded view for both readings: hostile text cannot make the dictionary search run for minutes.
  const spellChecker = options.spellChecker?.budgeted?.(SPELL_TESTS_PER_REVIEW) ?? options.spellChecker
  const article = prepareArticle(input, lexicon, { registry: options.registry, spellChecker })
  const rules = options.rules ? allRules.filter((rule) => options.rules?.includes(rule.id)) : allRules
  // Round 16: a correction notice's report of the wrong version is read by no rule (`correctionNotice.ts`).
  const wrong = wrongVersions(article)
  const comparing = wrong.length ? prepareArticle(blanked(input, wrong), lexicon, { registry: options.registry, spellChecker }) : article
  const raw = rules.flatMap((rule) => rule.run(COMPARING_RULES.has(rule.id) ? comparing : article)).filter((f) => !insideWrongVersion(f, wrong))
  // Round 17: one finding per phrase of wording (`mergeStyleFindings.ts`).
  const findings = mergeStyleFindings(withoutSuperseded(raw, article), article)
  return restore(findings).sort(
    (a, b) =>
      FIELD_ORDER[a.field] - FIELD_ORDER[b.field] ||
      a.start - b.start ||
      a.end - b.end ||
      a.rule.localeCompare(b.rule),
  )
}
