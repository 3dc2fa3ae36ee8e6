import acronyms from './lexicons/acronyms.json'
import abbreviations from './lexicons/abbreviations.json'
import attribution from './lexicons/attribution.json'
import calendar from './lexicons/calendar.json'
import callToAction from './lexicons/callToAction.json'
import certainty from './lexicons/certainty.json'
import clickbait from './lexicons/clickbait.json'
import intensifiers from './lexicons/intensifiers.json'
import loadedLanguage from './lexicons/loadedLanguage.json'
import nameStopwords from './lexicons/nameStopwords.json'
import numberNounStopwords from './lexicons/numberNounStopwords.json'
import officialNames from './lexicons/officialNames.json'
import puffery from './lexicons/puffery.json'
import relativeTime from './lexicons/relativeTime.json'
import spellings from './lexicons/spellings.json'
import type {
  AttributionEntry,
  CalendarEntry,
  LexiconEntry,
  PhraseListName,
  SpellingEntry,
  WordListName,
} from './types'

export interface Lexicon {
  phrases: Record<PhraseListName, LexiconEntry[]>
  attribution: AttributionEntry[]
  spellings: SpellingEntry[]
  words: Record<WordListName, string[]>
  weekdays: CalendarEntry[]
  months: CalendarEntry[]
}

/** The built-in word lists (src/review/lexicons/*.json), typed. */
export const defaultLexicon: Lexicon = {
  phrases: {
    puffery: puffery.entries as LexiconEntry[],
    intensifiers: intensifiers.entries as LexiconEntry[],
    loadedLanguage: loadedLanguage.entries as LexiconEntry[],
    certainty: certainty.entries as LexiconEntry[],
    clickbait: clickbait.entries as LexiconEntry[],
    callToAction: callToAction.entries as LexiconEntry[],
    relativeTime: relativeTime.entries as LexiconEntry[],
  },
  attribution: attribution.entries as AttributionEntry[],
  spellings: spellings.entries as SpellingEntry[],
  words: {
    acronyms: acronyms.entries,
    abbreviations: abbreviations.entries,
    nameStopwords: nameStopwords.entries,
    numberNounStopwords: numberNounStopwords.entries,
    officialNames: officialNames.entries as string[],
  },
  weekdays: calendar.weekdays as CalendarEntry[],
  months: calendar.months as CalendarEntry[],
}
