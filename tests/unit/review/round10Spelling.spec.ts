import { describe, expect, it } from 'vitest'

import { standardSpellingOf } from '@/review/spelling/oldSpellings'
import type { SpellChecker } from '@/review/types'

import { check } from './helpers'

// Round 10: non-standard spellings by class, beyond the listed words. None of the examples is taken from the corpus.

const words = ['sistem', 'ekosistem', 'kuaci', 'teknis', 'sportif', 'atmosfer', 'jalan', 'zikir', 'kuintal', 'ekstrem', 'mukim', 'hakim', 'gajah', 'mada']
const checker: SpellChecker = { isWord: (w) => words.includes(w), suggest: () => null }

const spelling = (body: string, title = 'Berita Kota') =>
  check('preferred-spelling', { title, body, publishedAt: '2026-10-12' }, { spellChecker: checker }).map((f) => [f.excerpt, f.suggestion ?? null])

describe('round 10: old and loan-word spellings of a dictionary word', () => {
  it('rewrites -im/-em, kw/ku, -ip/-if, -ir/-er, hn/kn and gives the dictionary word', () => {
    expect(standardSpellingOf('ekosistim', checker)).toBe('ekosistem')
    expect(standardSpellingOf('kwaci', checker)).toBe('kuaci')
    expect(standardSpellingOf('sportip', checker)).toBe('sportif')
    expect(standardSpellingOf('atmosfir', checker)).toBe('atmosfer')
    expect(standardSpellingOf('tehnis', checker)).toBe('teknis')
    expect(standardSpellingOf('kwintal', checker)).toBe('kuintal')
  })

  it('leaves dictionary words and words no rewrite turns into one', () => {
    expect(standardSpellingOf('mukim', checker)).toBeNull()
    expect(standardSpellingOf('hakim', checker)).toBeNull()
    expect(standardSpellingOf('kwetiau', checker)).toBeNull()
  })

  it('keeps the consonant spellings of names when the word is capitalised', () => {
    expect(standardSpellingOf('djalan', checker)).toBe('jalan')
    expect(standardSpellingOf('djalan', checker, true)).toBeNull()
  })
})

describe('round 10: preferred-spelling reports derived forms', () => {
  it('reports an old spelling in the body and a listed variant with affixes', () => {
    expect(spelling('Pemkot menjaga ekosistim sungai.')).toEqual([['ekosistim', 'ekosistem']])
    expect(spelling('Petani menjual hasil panen per kwintal.')).toEqual([['kwintal', 'kuintal']])
    expect(spelling('Pelayanan berjalan dengan sistimnya sendiri.')).toEqual([['sistimnya', 'sistemnya']])
  })

  it('keeps the case of a headline word and of a sentence start', () => {
    expect(spelling('Sistim antrean diperbaiki.', 'Ekosistim Sungai Dipulihkan')).toEqual([
      ['Ekosistim', 'Ekosistem'],
      ['Sistim', 'Sistem'],
    ])
  })

  it('leaves names: a capitalised word mid-sentence or before another capitalised word', () => {
    expect(spelling('Rombongan mengunjungi Kampung Sistim di utara kota.')).toEqual([])
    expect(spelling('Gadjah Mada menjadi nama jalan itu.')).toEqual([])
  })
})

describe('round 13: an initial h KBBI dropped', () => {
  const withIsap: SpellChecker = { isWord: (w) => ['isap', 'mengisap', 'diisap', 'embusan', 'menghirup', 'hirup'].includes(w), suggest: () => null }
  it('rewrites the h at the start or after a prefix when the rest is a dictionary word', () => {
    expect(standardSpellingOf('hisap', withIsap)).toBe('isap')
    expect(standardSpellingOf('menghisap', withIsap)).toBe('mengisap')
    expect(standardSpellingOf('dihisap', withIsap)).toBe('diisap')
    expect(standardSpellingOf('hembusan', withIsap)).toBe('embusan')
  })
  it('leaves dictionary words and capitalised names', () => {
    expect(standardSpellingOf('menghirup', withIsap)).toBeNull()
    expect(standardSpellingOf('hisap', withIsap, true)).toBeNull()
  })
})
