import { describe, expect, it } from 'vitest'

import { derivesFrom } from '@/review/rules/officialName'
import type { OfficialNameEntry, SpellChecker } from '@/review/types'

import { check } from './helpers'

// Round 6 (issue 11): each rule that over-fired on a frozen split reports only with positive
// evidence of the problem. The examples are not taken from the corpus.

describe('official-name: short forms derived from the official name', () => {
  const registry: OfficialNameEntry[] = [
    { name: 'Dinas Pertanian, Pangan dan Perikanan', kind: 'unit', variants: ['Distan', 'Dinpertan', 'Dispertan', 'Dinas Pertanian dan Pangan'] },
    { name: 'Dinas Arsip dan Perpustakaan', kind: 'unit', variants: ['Disarpus'] },
    { name: 'Disarpusda', kind: 'unit', variants: ['Disarpus', 'Kantor Arsip'] },
  ]

  it('derivesFrom: the start of each leading word, at least one shortened', () => {
    expect(derivesFrom('Dinpertan', 'Dinas Pertanian, Pangan dan Perikanan')).toBe(true)
    expect(derivesFrom('DPPP', 'Dinas Pertanian, Pangan dan Perikanan')).toBe(true)
    expect(derivesFrom('Distan', 'Dinas Pertanian, Pangan dan Perikanan')).toBe(false) // "stan": no word starts so
    expect(derivesFrom('Dinaspertanian', 'Dinas Pertanian, Pangan dan Perikanan')).toBe(false) // whole words run together
    expect(derivesFrom('Din', 'Dinas Pertanian')).toBe(false) // one word
  })

  it('a derived short form is accepted; a registered outdated one and other variants are reported', () => {
    const body = 'Dinpertan membagikan bibit. Distan dan Dinas Pertanian dan Pangan hadir. Disarpus membuka pameran.'
    expect(check('official-name', body, { registry }).map((f) => f.excerpt)).toEqual(['Distan', 'Dinas Pertanian dan Pangan', 'Disarpus'])
  })
})

describe('number-consistency: the same figure one word on is the same thing', () => {
  it('"12 Perak" in the headline and "12 medali perak" in the body agree', () => {
    const input = { title: 'Kontingen Pulang Bawa 12 Perak', body: 'Kontingen meraih 12 medali perak. Tim lain meraih 7 perak dan 5 perak.', publishedAt: '2026-03-01' }
    expect(check('number-consistency', input)).toEqual([])
  })

  it('a different figure is still reported', () => {
    const input = { title: 'Kontingen Pulang Bawa 12 Perak', body: 'Kontingen meraih 10 perak pada kejuaraan itu.', publishedAt: '2026-03-01' }
    expect(check('number-consistency', input).map((f) => f.excerpt)).toEqual(['12 Perak'])
  })
})

describe('name-consistency', () => {
  const dictionary = (words: string[]): SpellChecker => ({ isWord: (w) => words.includes(w), suggest: () => null })

  it('two dictionary words are two words inside names, not one name misspelt', () => {
    // Since round 9 a word after a geographic word ("Pasar Sentral") is a place and not compared with other names: a building here.
    const body = 'Rombongan berangkat dari Gedung Sentral menuju Sentra Kuliner di Kecamatan Wates.'
    expect(check('name-consistency', body).map((f) => f.excerpt)).toEqual(['Sentra Kuliner']) // without a dictionary
    expect(check('name-consistency', body, { spellChecker: dictionary(['sentral', 'sentra', 'rombongan']) })).toEqual([])
  })

  it('a sentence-initial subject of a speech verb is a name even without a dictionary', () => {
    const body = 'Kepala sekolah, Bu Sri Wahyuningsih, membuka acara. Wahyuningsi menjelaskan bahwa kegiatan berlangsung sepekan.'
    expect(check('name-consistency', body).map((f) => f.excerpt)).toEqual(['Wahyuningsi'])
  })

  it('an ordinary word opening a sentence before a speech verb is still no name', () => {
    const body = 'Petugas dari Dinas Sosial hadir. Petugasnya mengatakan bantuan cukup.'
    expect(check('name-consistency', body)).toEqual([])
  })
})
