import type { SpellChecker } from '../types'

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'
const PREFIXES = ['di', 'ke', 'se', 'ber', 'be', 'ter', 'me', 'mem', 'men', 'meng', 'pe', 'pem', 'pen', 'peng', 'per']
const SUFFIXES = ['nya', 'lah', 'kah', 'pun', 'kan', 'an', 'i']
const CACHE_LIMIT = 20_000
const MIN_TWO_EDIT_LENGTH = 7
/** Stems this short make an affixed reading doubtful when a longer dictionary word is close. */
const SHORT_STEM = 5

/**
 * Wraps a word test (a hunspell dictionary read by nspell, or any set of words) as the review
 * assistant's SpellChecker. A word counts as known when the dictionary has it, or when it is a
 * known word with Indonesian affixes the dictionary lacks ("dikonsumsi", "sepekan"). Suggestions
 * are known words one edit away, a missing letter first (the commonest slip), then swapped,
 * extra and wrong letters; then affixed known words one edit away ("kependudkan" →
 * "kependudukan"); then, for words of 7+ letters, dictionary words with two letters missing
 * ("pelaksaan" → "pelaksanaan"). Results are cached per word (bounded).
 */
export function createSpellChecker(has: (word: string) => boolean, extraWords: Iterable<string> = []): SpellChecker {
  const extra = new Set([...extraWords].map((w) => w.toLowerCase()))
  const known = (word: string) => extra.has(word) || has(word)
  const cache = new Map<string, string | null | true>()

  /**
   * How the word reads as a known stem with Indonesian affixes: 0 not at all, 1 well, 2 only as a
   * short stem (≤ 5 letters) inside a prefix and a suffix ("pelaksaan" = pe-…-an of "laksa"),
   * a reading that may hide a slip.
   */
  const affixReading = (word: string): 0 | 1 | 2 => {
    let reading: 0 | 1 | 2 = 0
    for (const prefix of ['', ...PREFIXES]) {
      if (prefix && !word.startsWith(prefix)) continue
      for (const suffix of ['', ...SUFFIXES]) {
        if (!prefix && !suffix) continue
        if (suffix && !word.endsWith(suffix)) continue
        const stem = word.slice(prefix.length, word.length - suffix.length)
        if (stem.length < 3 || !known(stem)) continue
        if (!prefix || !suffix || stem.length > SHORT_STEM) return 1
        reading = 2
      }
    }
    return reading
  }
  const affixed = (word: string): boolean => affixReading(word) > 0

  /** A dictionary word with one or two letters missing from `word` ("pelaksaan" → "pelaksanaan"). */
  const missingLetters = (word: string): string | null => {
    for (let i = 0; i <= word.length; i++) {
      for (const c of LETTERS) {
        const w = word.slice(0, i) + c + word.slice(i)
        if (known(w)) return w
      }
    }
    return twoMissing(word)
  }

  /** Known words one edit away, a missing letter first, then swapped, extra and wrong letters. */
  const oneEdit = (word: string, ok: (w: string) => boolean): string | null => {
    const n = word.length
    for (let i = 0; i <= n; i++) {
      for (const c of LETTERS) {
        const w = word.slice(0, i) + c + word.slice(i)
        if (ok(w)) return w
      }
    }
    for (let i = 0; i + 1 < n; i++) {
      const w = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
      if (w !== word && ok(w)) return w
    }
    for (let i = 0; i < n; i++) {
      const w = word.slice(0, i) + word.slice(i + 1)
      if (w.length >= 4 && ok(w)) return w
    }
    for (let i = 0; i < n; i++) {
      for (const c of LETTERS) {
        if (c === word[i]) continue
        const w = word.slice(0, i) + c + word.slice(i + 1)
        if (ok(w)) return w
      }
    }
    return null
  }

  /** Two letters missing ("pelaksaan" → "pelaksanaan"): only for words of 7+ letters, dictionary words only. */
  function twoMissing(word: string): string | null {
    const n = word.length
    if (n < MIN_TWO_EDIT_LENGTH) return null
    for (let i = 0; i <= n; i++) {
      for (const a of LETTERS) {
        const once = word.slice(0, i) + a + word.slice(i)
        for (let j = i + 1; j <= n + 1; j++) {
          for (const b of LETTERS) {
            const w = once.slice(0, j) + b + once.slice(j)
            if (known(w)) return w
          }
        }
      }
    }
    return null
  }

  // Dictionary words first; then words the dictionary has only without their affixes
  // ("kependudkan" → "kependudukan", ke-…-an of "penduduk"); then two missing letters.
  const closest = (word: string): string | null => oneEdit(word, known) ?? oneEdit(word, (w) => w.length >= 6 && affixed(w)) ?? twoMissing(word)

  const lookup = (word: string): string | null | true => {
    let result = cache.get(word)
    if (result === undefined) {
      if (known(word)) result = true
      else {
        // An affixed reading of a short stem may hide a slip ("pelaksaan" = pe-…-an of "laksa"):
        // a long dictionary word with letters missing wins over it.
        const reading = affixReading(word)
        if (reading === 0) result = closest(word)
        else result = (reading === 2 && word.length >= MIN_TWO_EDIT_LENGTH + 1 && missingLetters(word)) || true
      }
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
