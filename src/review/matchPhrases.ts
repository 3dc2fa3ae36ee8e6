import type { PhraseMatcher } from './createPhraseMatcher'
import type { Token } from './tokenize'

export interface PhraseMatch<T> {
  entry: T
  /** Index of the first and one past the last matched token. */
  first: number
  last: number
}

/**
 * Finds the phrases of `matcher` in `tokens` (whole words, case-insensitive, longest match
 * wins, no overlaps). Words must be separated by spaces only, not by punctuation.
 */
export function matchPhrases<T>(tokens: readonly Token[], text: string, matcher: PhraseMatcher<T>): PhraseMatch<T>[] {
  const matches: PhraseMatch<T>[] = []
  let i = 0
  while (i < tokens.length) {
    const candidates = matcher.get(tokens[i].lower)
    let matched = 0
    if (candidates) {
      for (const candidate of candidates) {
        const n = candidate.words.length
        if (i + n > tokens.length) continue
        let ok = true
        for (let k = 1; k < n && ok; k++) {
          if (tokens[i + k].lower !== candidate.words[k]) ok = false
          else if (!/^\s+$/.test(text.slice(tokens[i + k - 1].end, tokens[i + k].start))) ok = false
        }
        if (ok) {
          matches.push({ entry: candidate.entry, first: i, last: i + n })
          matched = n
          break
        }
      }
    }
    i += matched || 1
  }
  return matches
}
