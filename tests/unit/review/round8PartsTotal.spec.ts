import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

// Round 8 (issue 11): a total and its parts by structure. None of the examples is taken from the corpus.

describe('parts-total: a lead total broken down later', () => {
  it('a list of counts by place that misses the total', () => {
    const body =
      'Dinas Pertanian membagikan 900 bibit kelengkeng kepada kelompok tani di Kelurahan Alas, Batu, dan Cemara, Selasa (3/3/2026).\n\n' +
      'Bibit diterima kelompok tani Alas sebanyak 310 bibit, Batu 280 bibit, dan Cemara 250 bibit.'
    expect(excerpts('parts-total', body)).toEqual(['900 bibit'])
  })

  it('people counted as "orang" against a group noun, and a list naming the lead noun', () => {
    const people = 'Puskesmas memeriksa 450 pelajar di tiga sekolah, Rabu (4/3/2026).\n\nDi SMP 1 diperiksa 160 orang, SMP 2 sebanyak 150 orang, dan SMP 3 sebanyak 120 orang.'
    expect(excerpts('parts-total', people)).toEqual(['450 pelajar'])
    const named = 'Pemkot menyalurkan 700 paket sembako, Rabu (4/3/2026).\n\nPetugas merinci paket itu diberikan kepada 260 keluarga di Kemantren A, 240 keluarga di Kemantren B, dan 150 keluarga di Kemantren C.'
    expect(excerpts('parts-total', named)).toEqual(['700 paket'])
  })

  it('a list that adds up, gives only some parts, or counts something else is not reported', () => {
    const adds = 'Dinas membagikan 900 bibit, Selasa (3/3/2026).\n\nKelompok Alas menerima 310 bibit, Batu 340 bibit, dan Cemara 250 bibit.'
    expect(excerpts('parts-total', adds)).toEqual([])
    const some = 'Dinas membagikan 900 bibit, Selasa (3/3/2026).\n\nPenerima terbanyak antara lain Alas 310 bibit, Batu 280 bibit, dan Cemara 250 bibit.'
    expect(excerpts('parts-total', some)).toEqual([])
    const other = 'Dinas membagikan 900 bibit, Selasa (3/3/2026).\n\nPenanaman melibatkan 310 relawan, 280 pelajar, dan 250 petani.'
    expect(excerpts('parts-total', other)).toEqual([])
  })
})

describe('parts-total: what is not a part', () => {
  it('a year is not a count', () => {
    const body = 'Total bantuan Rp600 juta yakni Rp400 juta dari APBD 2026 melalui dinas dan Rp200 juta dari CSR.'
    expect(excerpts('parts-total', body)).toEqual([])
  })

  it('a figure after "dari"/"di" qualifies a part', () => {
    const body = 'Pawai diikuti 900 peserta yang terdiri atas 450 penari dari 12 sanggar dan 450 pemusik dari 20 kelompok.'
    expect(excerpts('parts-total', body)).toEqual([])
  })
})
