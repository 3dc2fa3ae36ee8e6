import { createPhraseMatcher, type PhraseMatcher } from './createPhraseMatcher'
import { defaultLexicon } from './defaultLexicon'
import { tokenize } from './tokenize'
import type {
  AttributionEntry,
  LexiconEntry,
  LexiconExtension,
  PhraseListName,
  SpellingEntry,
  WordListName,
} from './types'

export interface OfficialNameWord {
  /** The word as officially spelled ("Suyuti"). */
  word: string
  /** The full official name it belongs to ("Haryadi Suyuti"). */
  name: string
}

export interface CompiledLexicon {
  phrases: Record<PhraseListName, PhraseMatcher<LexiconEntry>>
  attribution: PhraseMatcher<Required<Pick<AttributionEntry, 'kind'>> & AttributionEntry>
  spellings: PhraseMatcher<SpellingEntry & { phrase: string }>
  acronyms: Set<string>
  nameStopwords: Set<string>
  numberNounStopwords: Set<string>
  abbreviations: Set<string>
  officialNameWords: OfficialNameWord[]
  weekdays: Map<string, number>
  months: Map<string, number>
  /** Regex alternations (longest first) of weekday and month names. */
  weekdayPattern: string
  monthPattern: string
}

const PHRASE_LISTS: PhraseListName[] = [
  'puffery',
  'intensifiers',
  'loadedLanguage',
  'certainty',
  'clickbait',
  'callToAction',
  'relativeTime',
]
const WORD_LISTS: WordListName[] = ['acronyms', 'nameStopwords', 'officialNames', 'numberNounStopwords', 'abbreviations']

const cache = new WeakMap<LexiconExtension, CompiledLexicon>()
let defaultCompiled: CompiledLexicon | undefined

const normalise = (phrase: string): string => phrase.trim().toLowerCase().replace(/\s+/g, ' ')
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function withoutRemoved<T>(items: T[], removed: string[] | undefined, phraseOf: (item: T) => string): T[] {
  if (!removed?.length) return items
  const drop = new Set(removed.map(normalise))
  return items.filter((item) => !drop.has(normalise(phraseOf(item))))
}

function toEntry(item: LexiconEntry | string): LexiconEntry {
  return typeof item === 'string' ? { phrase: item } : item
}

function alternation(names: string[]): string {
  return [...new Set(names)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')
}

function compile(extra: LexiconExtension | undefined): CompiledLexicon {
  const phrases = {} as Record<PhraseListName, PhraseMatcher<LexiconEntry>>
  for (const list of PHRASE_LISTS) {
    const entries = [...defaultLexicon.phrases[list], ...(extra?.[list] ?? []).map(toEntry)]
    phrases[list] = createPhraseMatcher(withoutRemoved(entries, extra?.remove?.[list], (e) => e.phrase))
  }

  const attributionEntries = withoutRemoved(
    [
      ...defaultLexicon.attribution,
      ...(extra?.attribution ?? []).map((item) => (typeof item === 'string' ? { phrase: item } : item)),
    ],
    extra?.remove?.attribution,
    (e) => e.phrase,
  )
  const attribution: (AttributionEntry & { kind: NonNullable<AttributionEntry['kind']> })[] = []
  for (const entry of attributionEntries) {
    const kind = entry.kind ?? 'speech'
    attribution.push({ ...entry, kind })
    // "ujar" also matches "ujarnya", "kata" also "katanya" (the suffix names the speaker).
    if (kind !== 'source' && !entry.phrase.includes(' ')) {
      attribution.push({ ...entry, phrase: `${entry.phrase}nya`, kind: 'speech' })
    }
  }

  const words = {} as Record<WordListName, string[]>
  for (const list of WORD_LISTS) {
    words[list] = withoutRemoved([...defaultLexicon.words[list], ...(extra?.[list] ?? [])], extra?.remove?.[list], (w) => w)
  }

  const spellingEntries = [...defaultLexicon.spellings, ...(extra?.spellings ?? [])].flatMap((entry) =>
    entry.variants.map((variant) => ({ ...entry, phrase: variant })),
  )

  const officialNameWords: OfficialNameWord[] = []
  for (const name of words.officialNames) {
    for (const token of tokenize(name)) {
      if (token.text.length >= 4) officialNameWords.push({ word: token.text, name })
    }
  }

  return {
    phrases,
    attribution: createPhraseMatcher(attribution),
    spellings: createPhraseMatcher(spellingEntries),
    acronyms: new Set(words.acronyms.map((w) => w.toUpperCase())),
    nameStopwords: new Set(words.nameStopwords.map(normalise)),
    numberNounStopwords: new Set(words.numberNounStopwords.map(normalise)),
    abbreviations: new Set(words.abbreviations.map(normalise)),
    officialNameWords,
    weekdays: new Map(defaultLexicon.weekdays.map((d) => [d.name.toLowerCase(), d.value])),
    months: new Map(defaultLexicon.months.map((m) => [m.name.toLowerCase(), m.value])),
    weekdayPattern: alternation(defaultLexicon.weekdays.map((d) => d.name)),
    monthPattern: alternation(defaultLexicon.months.map((m) => m.name)),
  }
}

/** Compiles the built-in lexicon plus an office's extension; cached per extension object. */
export function compileLexicon(extra?: LexiconExtension): CompiledLexicon {
  if (!extra) return (defaultCompiled ??= compile(undefined))
  let compiled = cache.get(extra)
  if (!compiled) {
    compiled = compile(extra)
    cache.set(extra, compiled)
  }
  return compiled
}
