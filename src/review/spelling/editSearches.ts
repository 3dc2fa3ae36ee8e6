const LETTERS = 'abcdefghijklmnopqrstuvwxyz'
/** Two missing letters are searched for in words of this many letters or more. */
export const MIN_TWO_EDIT_LENGTH = 7

/**
 * The edit searches behind a suggestion, over a word test `known`: each tries every one- or
 * two-letter edit of a word, so their cost grows with its length (see the budget in
 * `createSpellChecker`).
 */
export function editSearches(known: (word: string) => boolean) {
  /** A dictionary word with one letter missing from `word`: the commonest slip wins over a compound reading ("transparasi" is not "trans-" + "parasi"). */
  const oneMissing = (word: string): boolean => {
    for (let i = 0; i <= word.length; i++) for (const c of LETTERS) if (known(word.slice(0, i) + c + word.slice(i))) return true
    return false
  }

  /** A dictionary word with one or (when `two`) two letters missing from `word` ("pelaksaan" → "pelaksanaan"). */
  const missingLetters = (word: string, two = true): string | null => {
    for (let i = 0; i <= word.length; i++) {
      for (const c of LETTERS) {
        const w = word.slice(0, i) + c + word.slice(i)
        if (known(w)) return w
      }
    }
    return two ? twoMissing(word) : null
  }

  /** Known words one edit away, a missing letter first, then swapped, extra and wrong letters. */
  const oneEdit = (word: string, ok: (w: string) => boolean, substitute = true): string | null => {
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
    for (let i = 0; i < n && substitute; i++) {
      for (const c of LETTERS) {
        if (c === word[i]) continue
        const w = word.slice(0, i) + c + word.slice(i + 1)
        if (ok(w)) return w
      }
    }
    return null
  }

  /** A dictionary word with two neighbouring letters of `word` swapped ("kegaitan" → "kegiatan"). */
  const swappedLetters = (word: string): string | null => {
    for (let i = 0; i + 1 < word.length; i++) {
      const w = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
      if (w !== word && known(w)) return w
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

  return { oneMissing, missingLetters, oneEdit, swappedLetters, twoMissing }
}
