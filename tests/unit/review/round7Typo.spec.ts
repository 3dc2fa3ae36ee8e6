import { describe, expect, it } from 'vitest'

import { createSpellChecker, type RootDictionary } from '@/review/spelling/createSpellChecker'

// Round 7 (issue 11): classes instead of phrase lists. None of the examples is taken from the
// corpus.

/** A toy root dictionary with a toy stemmer (strips meN-/di-/-kan/-an), standing in for Sastrawi. */
function roots(words: string[]): RootDictionary {
  const set = new Set(words)
  return {
    find: (w) => set.has(w),
    stem: (w) => {
      for (const [pre, suf] of [['di', 'kan'], ['ke', 'an'], ['', 'an'], ['di', '']]) {
        if (w.startsWith(pre) && w.endsWith(suf) && set.has(w.slice(pre.length, w.length - suf.length))) return w.slice(pre.length, w.length - suf.length)
      }
      return w
    },
  }
}

describe('typo: a root dictionary and the technical register', () => {
  const hunspell = new Set(['individual', 'kegiatan', 'administrasi', 'litsus', 'antropometer'])
  const withRoots = createSpellChecker((w) => hunspell.has(w), [], { roots: roots(['individu', 'kolaborasi', 'administrasi', 'gait', 'litsus']) })

  it('a root, or a word whose stem is a root of six or more letters, is a word', () => {
    expect(withRoots.isWord('individu')).toBe(true)
    expect(withRoots.isWord('dikolaborasikan')).toBe(true)
  })

  it('a short stem is no evidence: a slip still gets its suggestion', () => {
    expect(withRoots.isWord('kegaitan')).toBe(false)
    expect(withRoots.suggest('kegaitan')).toBe('kegiatan')
  })

  it('a technical word without a root of the same ending nearby is not a slip', () => {
    // "sosiometri" → "antropometer"-like suggestions do not exist here; "melitus"-like Latin terms
    // whose nearest word is an affixed form ("me-" + litsus) are left alone.
    const checker = createSpellChecker((w) => ['melitsus', 'biometer'].includes(w), [], { roots: roots(['litsus']) })
    expect(checker.isWord('melitus')).toBe(true)
    expect(checker.isWord('biometri')).toBe(true)
  })

  it('a slip inside a technical word whose root keeps the ending is still reported', () => {
    expect(withRoots.suggest('administarsi')).toBe('administrasi')
  })

  it('without a root dictionary nothing changes', () => {
    const plain = createSpellChecker((w) => hunspell.has(w))
    expect(plain.isWord('individu')).toBe(false)
  })
})
