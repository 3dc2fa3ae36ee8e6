import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const claims = (body: string, title = 'Berita') => warnings('unsourced-superlative', { title, body, publishedAt: '2026-05-25' })

describe('unsourced-superlative: a measured ranking hedged within the city (round 21)', () => {
  it('stays silent on "one of the units with the most/highest …" in a city or regency', () => {
    expect(claims('Mergangsan termasuk wilayah dengan kasus demam berdarah tertinggi di Kota Yogyakarta tahun ini.')).toEqual([])
    expect(claims('Pasar ini menjadi salah satu pasar dengan jumlah pedagang paling banyak di Kabupaten Sleman.')).toEqual([])
    expect(claims('Apa istimewanya kampung ini?\n\nIni salah satu kampung terpadat di Kota Yogyakarta, dengan 1.200 jiwa per hektare.')).toEqual([])
    expect(claims('Foto: SD Negeri Ungaran, salah satu sekolah tertua di Kota Yogyakarta, Senin (4/5/2026).')).toEqual([])
  })

  it('still reports praise, unhedged rankings and wider scopes', () => {
    expect(claims('Taman ini salah satu taman terindah di Kota Yogyakarta.')).toEqual(['terindah di Kota Yogyakarta'])
    expect(claims('Kelurahan ini memiliki nasabah bank sampah terbanyak di Kota Yogyakarta.')).toEqual(['terbanyak di Kota Yogyakarta'])
    expect(claims('Gedung ini salah satu perpustakaan terbesar di Indonesia.')).toEqual(['terbesar di Indonesia'])
    expect(claims('Salah satu kampung kini memiliki lorong mural terpanjang di Kota Yogyakarta.')).toEqual(['terpanjang di Kota Yogyakarta'])
  })
})
