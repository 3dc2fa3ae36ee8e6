import { describe, expect, it } from 'vitest'

import { loadSpellChecker } from '@/review/spelling/loadSpellChecker'

import { check } from './helpers'

// Round 20: a listed non-standard spelling with a clitic or affix is reported even when the dictionary
// accepts the word from that non-standard root ("resikonya"). Sentences of my own.

const checker = loadSpellChecker()
const found = (body: string) =>
  check('preferred-spelling', { title: 'Pajak Daerah', body, publishedAt: '2026-04-02' }, { spellChecker: checker }).map((f) => [f.excerpt, f.suggestion])

describe('round 20: listed variants with affixes outrank the dictionary', () => {
  it('reports the variant root under a clitic', () => {
    expect(found('Warga perlu tahu resikonya sebelum membangun di bantaran sungai.')).toEqual([['resikonya', 'risikonya']])
    expect(found('Petugas menjelaskan prakteknya di depan pedagang pasar.')).toEqual([['prakteknya', 'praktiknya']])
  })

  it('leaves the standard forms alone', () => {
    expect(found('Warga perlu tahu risikonya sebelum membangun di bantaran sungai.')).toEqual([])
    expect(found('Petugas menjelaskan praktiknya di depan pedagang pasar.')).toEqual([])
  })
})
