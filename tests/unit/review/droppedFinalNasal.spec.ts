import { describe, expect, it } from 'vitest'

import { loadSpellChecker } from '@/review/spelling/loadSpellChecker'

import { check } from './helpers'

// Round 20: a long word whose final -ng lost its n ("pengunjug") is a slip, not the spoken k/g variant. Sentences of my own.

const checker = loadSpellChecker()
const typos = (body: string) => check('typo', { title: 'Pasar Malam', body, publishedAt: '2026-03-14' }, { spellChecker: checker }).map((f) => f.excerpt)

describe.runIf(checker)('round 20: a final -ng written -g', () => {
  it('reports the dropped n in a long word', () => {
    expect(typos('Ribuan pengunjug memadati pasar malam di alun-alun selatan.')).toEqual(['pengunjug'])
    expect(typos('Pemerintah kota ikut menanggug biaya pengobatan korban.')).toEqual(['menanggug'])
  })

  it('leaves short regional forms and words spelt right alone', () => {
    expect(typos('Takmir masjid memukul bedug menjelang magrib.')).toEqual([])
    expect(typos('Ribuan pengunjung memadati pasar malam di alun-alun selatan.')).toEqual([])
  })
})
