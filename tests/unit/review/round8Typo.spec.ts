import { describe, expect, it } from 'vitest'

import { createSpellChecker, type RootDictionary } from '@/review/spelling/createSpellChecker'

import { excerpts } from './helpers'

// Round 8 (issue 11): morphology instead of word lists. None of the examples is taken from the corpus.

const rootsOf = (words: string[]): RootDictionary => ({ find: (w) => words.includes(w), stem: (w) => w })

describe('typo: derived words of known words are words', () => {
  it('ber- before a root that also reads as a short root with -an ("ber-" + "taman", not "tam-an")', () => {
    const dictionary = new Set(['taman', 'tam', 'bertamanan'])
    const withRoots = createSpellChecker((w) => dictionary.has(w), [], { roots: rootsOf(['taman']) })
    expect(withRoots.isWord('bertaman')).toBe(true)
    const withoutRoots = createSpellChecker((w) => dictionary.has(w), [])
    expect(withoutRoots.isWord('bertaman')).toBe(false)
  })

  it('a bound form written together with a known word', () => {
    const checker = createSpellChecker((w) => ['bencana', 'eksistensi', 'kelurahan'].includes(w), [])
    expect(checker.isWord('pascabencana')).toBe(true)
    expect(checker.isWord('koeksistensi')).toBe(true)
    expect(checker.isWord('antarkelurahan')).toBe(true)
  })

  it('a slip is not read as a bound form: one letter missing from a dictionary word wins', () => {
    const checker = createSpellChecker((w) => ['transportasi', 'portasi'].includes(w), [])
    expect(checker.isWord('transportasi')).toBe(true)
    expect(checker.isWord('tranportasi')).toBe(false)
    expect(checker.suggest('tranportasi')).toBe('transportasi')
  })
})

describe('typo: two neighbouring letters swapped in a short word', () => {
  const spellChecker = createSpellChecker((w) => ['sosial', 'bantuan', 'warga', 'untuk', 'diberikan', 'kepada', 'pangan', 'daftar', 'dan'].includes(w), [])

  it('is a slip even in a list', () => {
    expect(excerpts('typo', 'Bantuan sosail, pangan, dan daftar diberikan kepada warga.', { spellChecker })).toEqual(['sosail'])
  })

  it('a wrong letter in a short word is still left alone', () => {
    expect(excerpts('typo', 'Bantuan sosiel diberikan kepada warga.', { spellChecker })).toEqual([])
  })
})
