/**
 * Types of the review assistant (design.md §4). Pure data, no runtime code.
 */

export type Category = 'accuracy' | 'neutrality'

export type Severity = 'info' | 'warning' | 'error'

/** The article field a finding points into; offsets are into that field's string. */
export type ArticleField = 'title' | 'lead' | 'body'

export type RuleId =
  // accuracy
  | 'weekday-date'
  | 'name-consistency'
  | 'preferred-spelling'
  | 'number-consistency'
  | 'number-format'
  | 'unattributed-quote'
  | 'unbalanced-quote'
  | 'relative-time'
  | 'money-consistency'
  | 'percentage-sum'
  | 'parts-total'
  | 'date-consistency'
  | 'official-name'
  | 'typo'
  /** Not a rule: the text was longer than the assistant reads (`boundInput.ts`). */
  | 'review-limit'
  // neutrality
  | 'puffery'
  | 'intensifier'
  | 'loaded-language'
  | 'unattributed-certainty'
  | 'exclamation'
  | 'all-caps'
  | 'clickbait'
  | 'call-to-action'
  | 'writer-credit'
  | 'unsourced-superlative'
  | 'generalisation'

export interface Finding {
  rule: RuleId
  category: Category
  severity: Severity
  /** Indonesian: what is wrong and what to do. */
  message: string
  field: ArticleField
  /** UTF-16 offsets into `input[field]` exactly as given to analyzeArticle: text.slice(start, end) === excerpt. */
  start: number
  end: number
  excerpt: string
  /** Indonesian: the replacement to consider (the body's spelling, the registry's name …), if any. */
  suggestion?: string
}

export interface ArticleInput {
  title: string
  lead?: string | null
  /** Plain text; paragraphs separated by a blank line (see lexicalToPlainText). */
  body: string
  /** ISO date (YYYY-MM-DD) or date-time, or a Date. Used to infer the year of "Senin (30/5)". */
  publishedAt?: string | Date | null
}

export type Lang = 'id' | 'en'

/** One phrase of a word list (lexicons/*.json `entries`). */
export interface LexiconEntry {
  /** One or more words, matched case-insensitively on whole words. */
  phrase: string
  lang?: Lang
  /** Severity in the writer's own voice; defaults to the rule's default (warning). */
  severity?: Severity
  /** Shown after the rule's message: why, or what to write instead. */
  note?: string
  /** Skip the match when the word right before it is one of these (lower case). */
  unlessPrecededBy?: string[]
  /** Skip the match when the word right after it is one of these (lower case). */
  unlessFollowedBy?: string[]
  /** `start`: only as the first word of a title or sentence (clickbait openers). Default `anywhere`. */
  position?: 'start' | 'anywhere'
}

/** Speech verbs and source markers that attribute a quote or a sentence. */
export interface AttributionEntry {
  phrase: string
  lang?: Lang
  /**
   * `speech` (default): attributes a direct quote anywhere in its paragraph or the next/previous one.
   * `adjacent`: ambiguous word (kata, jelas, terang …) that counts only right after a closing quote.
   * `source`: attributes a sentence (indirect speech, data source) but not a direct quote.
   */
  kind?: 'speech' | 'adjacent' | 'source'
}

export interface SpellingEntry {
  /** The spelling to use (official name, title, KBBI form). */
  preferred: string
  /** Spellings to flag. Matched case-insensitively on whole words. */
  variants: string[]
  severity?: Severity
  note?: string
}

export interface CalendarEntry {
  name: string
  /** weekday: 0 = Sunday … 6 = Saturday; month: 1 … 12 */
  value: number
  lang?: Lang
}

/** Lists holding phrase entries (each one feeds one rule). */
export type PhraseListName =
  | 'puffery'
  | 'intensifiers'
  | 'loadedLanguage'
  | 'certainty'
  | 'clickbait'
  | 'callToAction'
  | 'relativeTime'

/** Lists holding plain words. */
export type WordListName = 'acronyms' | 'nameStopwords' | 'officialNames' | 'numberNounStopwords' | 'abbreviations'

/**
 * What an office may add (or remove) through configuration. Every key is optional; entries are
 * appended to the built-in lists. Phrase lists also accept plain strings.
 */
export interface LexiconExtension {
  puffery?: (LexiconEntry | string)[]
  intensifiers?: (LexiconEntry | string)[]
  loadedLanguage?: (LexiconEntry | string)[]
  certainty?: (LexiconEntry | string)[]
  clickbait?: (LexiconEntry | string)[]
  callToAction?: (LexiconEntry | string)[]
  relativeTime?: (LexiconEntry | string)[]
  attribution?: (AttributionEntry | string)[]
  spellings?: SpellingEntry[]
  acronyms?: string[]
  nameStopwords?: string[]
  /** Official names and titles ("Hasto Wardoyo", "Wali Kota"): near misses are reported. */
  officialNames?: string[]
  numberNounStopwords?: string[]
  abbreviations?: string[]
  /** Built-in phrases to drop, per list (lower case phrase). */
  remove?: Partial<Record<PhraseListName | WordListName | 'attribution', string[]>>
}

/** Kinds of entries in the official names registry (collection official-names). */
export type OfficialNameKind = 'person' | 'position' | 'unit' | 'place' | 'programme' | 'event'

/** One entry of the official names registry: the official spelling and its known wrong variants. */
export interface OfficialNameEntry {
  name: string
  kind?: OfficialNameKind
  /** Known wrong spellings or outdated names, reported with `name` as the suggestion. */
  variants?: string[]
  note?: string
}

/** A dictionary of ordinary words (see src/review/spelling/). Lower-case words in, never throws. */
export interface SpellChecker {
  /** The word (lower case) is a known word of the language. */
  isWord(word: string): boolean
  /** A known word one edit away, or null when there is no close suggestion. */
  suggest(word: string): string | null
  /**
   * A view that gives up once its lookups have made `tests` dictionary tests in all: a word it
   * can no longer decide is unknown, with no suggestion. Bounds the work one request can cause
   * (long made-up words cost up to 10^5 tests each); absent on checkers that do no search.
   */
  budgeted?(tests: number): SpellChecker
}

export interface AnalyzeOptions {
  /** Office-specific additions to the word lists (see docs/review.md). */
  extraLexicon?: LexiconExtension
  /** The official names registry: variants are reported, its names are never typos. */
  registry?: readonly OfficialNameEntry[]
  /** Dictionary for the typo rule; the rule is silent without one. */
  spellChecker?: SpellChecker | null
  /** Run only these rules (default: all). */
  rules?: readonly RuleId[]
}

export interface Acknowledgement {
  key?: string | null
  reason?: string | null
}
