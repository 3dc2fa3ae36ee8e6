import type { SpellChecker } from '../types'

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'
const PREFIXES = ['di', 'ke', 'se', 'ber', 'be', 'ter', 'me', 'mem', 'men', 'meng', 'pe', 'pem', 'pen', 'peng', 'per']
const SUFFIXES = ['nya', 'lah', 'kah', 'pun', 'kan', 'an', 'i']
const CACHE_LIMIT = 20_000

/**
 * Wraps a word test (a hunspell dictionary read by nspell, or any set of words) as the review
 * assistant's SpellChecker. A word counts as known when the dictionary has it, or when it is a
 * known word with Indonesian affixes the dictionary lacks ("dikonsumsi", "sepekan"). Suggestions
 * are known words one edit away, a missing letter first (the commonest slip), then swapped,
 * extra and wrong letters. Results are cached per word (bounded).
 */
export function createSpellChecker(has: (word: string) => boolean, extraWords: Iterable<string> = []): SpellChecker {
  const extra = new Set([...extraWords].map((w) => w.toLowerCase()))
  const known = (word: string) => extra.has(word) || has(word)
  const cache = new Map<string, string | null | true>()

  const affixed = (word: string): boolean => {
    for (const prefix of ['', ...PREFIXES]) {
      if (prefix && !word.startsWith(prefix)) continue
      for (const suffix of ['', ...SUFFIXES]) {
        if (!prefix && !suffix) continue
        if (suffix && !word.endsWith(suffix)) continue
        const stem = word.slice(prefix.length, word.length - suffix.length)
        if (stem.length >= 3 && known(stem)) return true
      }
    }
    return false
  }

  const closest = (word: string): string | null => {
    const n = word.length
    for (let i = 0; i <= n; i++) {
      for (const c of LETTERS) {
        const w = word.slice(0, i) + c + word.slice(i)
        if (known(w)) return w
      }
    }
    for (let i = 0; i + 1 < n; i++) {
      const w = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
      if (w !== word && known(w)) return w
    }
    for (let i = 0; i < n; i++) {
      const w = word.slice(0, i) + word.slice(i + 1)
      if (w.length >= 4 && known(w)) return w
    }
    for (let i = 0; i < n; i++) {
      for (const c of LETTERS) {
        if (c === word[i]) continue
        const w = word.slice(0, i) + c + word.slice(i + 1)
        if (known(w)) return w
      }
    }
    return null
  }

  const lookup = (word: string): string | null | true => {
    let result = cache.get(word)
    if (result === undefined) {
      result = known(word) || affixed(word) ? true : closest(word)
      if (cache.size >= CACHE_LIMIT) cache.clear()
      cache.set(word, result)
    }
    return result
  }

  return {
    isWord: (word) => lookup(word) === true,
    suggest: (word) => {
      const result = lookup(word)
      return result === true ? null : result
    },
  }
}
