import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'
import { seedOfficialNames } from '@/review/registry/seedOfficialNames'

import { onBody } from './helpers'

// Round 11: captions, anniversaries, an office of a named place. None of the examples is taken from the corpus.

const counts = onBody('number-consistency', 'Senam Massal di Balai Kota')
const parts = onBody('parts-total')

describe('round 11: a photo caption that opens the body is the wrong count', () => {
  it('reports the caption, with the body figure as the suggestion', () => {
    const body =
      'Foto: Sebanyak 2.310 pelajar mengikuti senam massal di halaman Balai Kota.\n\nSenam massal digelar pada Sabtu pagi.\n\nKepala dinas mengatakan senam diikuti 2.130 pelajar dari 30 sekolah.'
    expect(counts(body)).toEqual(['2.310 pelajar'])
  })
})

describe('round 11: ordinals and anniversaries count nothing', () => {
  it('leaves an anniversary number out of a breakdown', () => {
    const body = 'Upacara HUT ke-81 Kemerdekaan diikuti 120 peserta, terdiri atas 70 pelajar dan 50 pegawai.'
    expect(parts(body)).toEqual([])
    expect(parts('Dalam rangka Dirgahayu 81 Kemerdekaan, 60 peserta terdiri atas 30 pelajar dan 30 guru mengikuti lomba.')).toEqual([])
  })

  it('still checks a breakdown that does not add up', () => {
    expect(parts('Lomba diikuti 120 peserta, terdiri atas 70 pelajar dan 40 pegawai.')).toEqual(['120 peserta, terdiri atas 70 pelajar dan 40 pegawai'])
  })
})

describe('round 11: an office of a named place is an official-name finding', () => {
  const rules = (body: string) =>
    analyzeArticle({ title: 'Berita Kota', body, publishedAt: '2026-11-20' }, { registry: seedOfficialNames, rules: ['official-name', 'preferred-spelling'] }).map((f) => [f.rule, f.excerpt])

  it('reports "Walikota Yogyakarta" under official-name and a bare "Walikota" as a spelling', () => {
    expect(rules('Walikota Yogyakarta membuka pasar murah.')).toEqual([['official-name', 'Walikota']])
    expect(rules('Dalam rapat itu walikota meminta laporan mingguan.')).toEqual([['preferred-spelling', 'walikota']])
  })

  it('reports "Walikota" in a headline as the office name (round 14; round 11 kept it a spelling before a verb)', () => {
    const spellChecker = { isWord: (w: string) => ['hadiri', 'resmikan'].includes(w), suggest: () => null }
    const headline = (title: string) =>
      analyzeArticle({ title, body: 'Acara digelar di Balai Kota.', publishedAt: '2026-11-20' }, { registry: seedOfficialNames, spellChecker, rules: ['official-name', 'preferred-spelling'] }).map((f) => f.rule)
    expect(headline('Walikota Hadiri Wisuda Santri')).toEqual(['official-name']) // round 14: a headline's Walikota is the office's name
    expect(headline('Walikota Yogyakarta Hadiri Wisuda Santri')).toEqual(['official-name'])
  })
})
