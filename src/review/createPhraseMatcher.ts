import { tokenize } from './tokenize'

export interface CompiledPhrase<T> {
  entry: T
  /** Lower-case words of the phrase. */
  words: string[]
}

/** Phrases indexed by their first word, longest first, for a single left-to-right scan. */
export type PhraseMatcher<T> = Map<string, CompiledPhrase<T>[]>

/** Compiles phrase entries for matchPhrases. */
export function createPhraseMatcher<T extends { phrase: string }>(entries: readonly T[]): PhraseMatcher<T> {
  const matcher: PhraseMatcher<T> = new Map()
  for (const entry of entries) {
    const words = tokenize(entry.phrase).map((token) => token.lower)
    if (words.length === 0) continue
    const list = matcher.get(words[0]) ?? []
    list.push({ entry, words })
    matcher.set(words[0], list)
  }
  for (const list of matcher.values()) list.sort((a, b) => b.words.length - a.words.length)
  return matcher
}
