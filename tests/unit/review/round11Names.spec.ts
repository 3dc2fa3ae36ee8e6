import { describe, expect, it } from 'vitest'

import { check } from './helpers'

// Round 11: old spellings counted as the name they belong to; a place under a Title Case headline. None of the examples is taken from the corpus.

const names = (title: string, body: string) => check('name-consistency', { title, body, publishedAt: '2026-11-20' }).map((f) => f.excerpt)

describe('round 11: old and new spellings of a name', () => {
  it('counts only the occurrences of the same name, and reports one finding for a name respelled as a whole', () => {
    const respelled =
      'Juara pertama diraih Paguyuban Tjondro Soewarno dari Kampung Basen.\n\nJuara kedua diraih Kelompok Mardi Suwarno dari Kampung Pandeyan.\n\nPaguyuban Condro Suwarno akan tampil di Malioboro.'
    expect(names('Festival Jathilan Kampung', respelled)).toEqual(['Paguyuban Condro Suwarno'])
  })
})

describe('round 11: a place name one letter off under a Title Case headline', () => {
  it('reports the odd form even when the headline puts a verb beside the place', () => {
    const body =
      'Kampung Nyutran, Kelurahan Wirogunan, menerima penghargaan kampung ramah anak.\n\nMenurut juri, Kampung Nyutren unggul dalam ruang bermain. Warga Nyutran menyambut gembira.'
    expect(names('Kampung Nyutran Terima Penghargaan Ramah Anak', body)).toEqual(['Kampung Nyutren'])
  })
})
