import { describe, expect, it } from 'vitest'

import { isSlipShape } from '@/review/rules/typo'
import { createSpellChecker } from '@/review/spelling/createSpellChecker'

// Round 9 (issue 11): morphology and a keyboard model, not word lists. None of the examples is taken from the corpus.

describe('typo: regular derivations are words', () => {
  it('peN-…-an with the nasal the root takes, even when the root is short and a longer word is close', () => {
    const checker = createSpellChecker((w) => ['data', 'pendatangan', 'hijau'].includes(w), [])
    expect(checker.isWord('pendataan')).toBe(true)
    expect(checker.isWord('penghijauan')).toBe(true)
  })

  it('a short root without the nasal frame still yields to a longer dictionary word', () => {
    const checker = createSpellChecker((w) => ['laksa', 'pelaksanaan'].includes(w), [])
    expect(checker.isWord('pelaksaan')).toBe(false)
  })

  it('a prefix before a loan noun that only the English dictionary has', () => {
    const indonesian = ['paling', 'berpaling']
    const checker = createSpellChecker((w) => indonesian.includes(w), [], { foreign: (w) => w === 'paving' })
    expect(checker.isWord('berpaving')).toBe(true)
    expect(checker.isWord('pemavingan')).toBe(true)
    expect(createSpellChecker((w) => indonesian.includes(w), []).isWord('berpaving')).toBe(false)
  })
})

describe('typo: a stray key in a long word is a slip', () => {
  it('an extra letter next on the keyboard to its neighbour, in a word of 9+ letters', () => {
    expect(isSlipShape('masyarakatr', 'masyarakat')).toBe(true)
    expect(isSlipShape('pembangunanm', 'pembangunan')).toBe(true)
  })

  it('not an extra letter far from its neighbours, nor in a short word', () => {
    expect(isSlipShape('okupansi', 'okupasi')).toBe(false)
    expect(isSlipShape('komposter', 'komposer')).toBe(false)
    expect(isSlipShape('pembangunana', 'pembangunan')).toBe(false)
  })
})

describe('typo (phase 2): per-…-an around a vowel-initial root', () => {
  it('is a derivation even when a longer word is close', () => {
    const checker = createSpellChecker((w) => ['anak', 'perancangan'].includes(w), [])
    expect(checker.isWord('peranakan')).toBe(true)
  })
})

describe('typo (phase 2): any inner extra letter in a word of 10+ letters', () => {
  it('is a slip inside the word, not at its end', () => {
    expect(isSlipShape('fasilitias', 'fasilitas')).toBe(true)
    expect(isSlipShape('radioterapis', 'radioterapi')).toBe(false)
  })
})
