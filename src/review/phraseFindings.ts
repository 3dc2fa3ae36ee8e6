import { matchPhrases, type PhraseMatch } from './matchPhrases'
import type { PreparedArticle, PreparedField } from './prepareArticle'
import type { Category, Finding, LexiconEntry, PhraseListName, RuleId, Severity } from './types'

/** Whose words a match is: the writer's, a quotation's, or reported speech ("menurut …"). */
export type Voice = 'writer' | 'quote' | 'reported'

export interface PhraseRuleOptions {
  rule: RuleId
  category: Category
  list: PhraseListName
  /** Message for the writer's own words. */
  message(excerpt: string, entry: LexiconEntry): string
  /** Message inside a quotation or reported speech; defaults to a standard note. */
  quotedMessage?(excerpt: string, voice: Exclude<Voice, 'writer'>): string
  /** Extra filter, e.g. "an absolute date is nearby". Return true to drop the match. */
  skip?(field: PreparedField, match: PhraseMatch<LexiconEntry>): boolean
  /** Severity in reported speech: info (default) or the entry's own severity. */
  reportedSeverity?: 'info' | 'entry'
  /** Adjacent matches ("amat sangat") make one finding. */
  mergeAdjacent?: boolean
}

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word)
/** Round 23: "Anda" is capitalised wherever it stands ("Pencinta batik, Anda harus …"): a pronoun, not a name. */
const CAPITALISED_PRONOUN = /^anda$/iu

function withNote(message: string, entry: LexiconEntry): string {
  return entry.note ? `${message} ${entry.note}` : message
}

function defaultQuotedMessage(excerpt: string, voice: Exclude<Voice, 'writer'>): string {
  return voice === 'quote'
    ? `"${excerpt}" ada di dalam kutipan. Boleh dipertahankan bila memang ucapan narasumber; pastikan klaimnya dapat diperiksa.`
    : `"${excerpt}" ada dalam kalimat yang diatribusikan ke narasumber. Pastikan itu pernyataan narasumber, bukan penilaian penulis.`
}

/** Findings for a rule driven by one phrase list, judged by voice (design.md §4). */
export function phraseFindings(article: PreparedArticle, options: PhraseRuleOptions): Finding[] {
  const findings: Finding[] = []
  const matcher = article.lexicon.phrases[options.list]
  for (const field of article.fields) {
    const { tokens, text } = field
    for (const match of matchPhrases(tokens, text, matcher)) {
      const { entry, first, last } = match
      const sentence = field.tokenSentence[first]
      const prev = first > 0 && field.tokenSentence[first - 1] === sentence ? tokens[first - 1].lower : undefined
      const next = last < tokens.length && field.tokenSentence[last] === sentence ? tokens[last].lower : undefined
      if (prev !== undefined && entry.unlessPrecededBy?.includes(prev)) continue
      if (next !== undefined && entry.unlessFollowedBy?.includes(next)) continue
      const initial = field.sentenceInitial[first] === 1
      if (entry.position === 'start' && !initial) continue
      // Capitalised in the middle of a body sentence: a name ("Hotel Megah"), not the writer's claim.
      if (field.field !== 'title' && !initial && isCapitalised(tokens[first].text) && !CAPITALISED_PRONOUN.test(tokens[first].text)) continue
      if (options.skip?.(field, match)) continue

      const voice: Voice =
        field.tokenQuote[first] >= 0 ? 'quote' : field.sentences[sentence].attributed ? 'reported' : 'writer'
      const severity: Severity =
        voice === 'quote' ? 'info' : voice === 'reported' && options.reportedSeverity !== 'entry' ? 'info' : (entry.severity ?? 'warning')
      let start = tokens[first].start
      const end = tokens[last - 1].end
      // Stacked words of one list ("amat sangat", "sangat luar biasa") are one finding.
      const previous = findings.at(-1)
      if (options.mergeAdjacent && previous && previous.field === field.field && previous.severity === severity && /^\s+$/.test(text.slice(previous.end, start))) {
        findings.pop()
        start = previous.start
      }
      const excerpt = text.slice(start, end)
      findings.push({
        rule: options.rule,
        category: options.category,
        severity,
        message:
          voice === 'writer' || (voice === 'reported' && options.reportedSeverity === 'entry')
            ? withNote(options.message(excerpt, entry), entry)
            : (options.quotedMessage ?? defaultQuotedMessage)(excerpt, voice),
        field: field.field,
        start,
        end,
        excerpt,
      })
    }
  }
  return findings
}
