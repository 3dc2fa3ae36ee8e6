import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const superlative = (body: string, title = 'Berita Kota') => warnings('unsourced-superlative', { title, body, publishedAt: '2026-09-12' })

describe('unsourced-superlative: "satu-satunya" + what it is + a wide scope (round 23)', () => {
  it('reports the only one of its kind in a country, a region or history', () => {
    expect(superlative('Kampung ini juga menjadi satu-satunya kampung wisata di Indonesia yang seluruh rumah tangganya memilah sampah.')).toEqual([
      'satu-satunya kampung wisata di Indonesia',
    ])
    expect(superlative('Sekolah itu kini satu-satunya SLB se-DIY dengan kolam terapi.')).toEqual(['satu-satunya SLB se-DIY'])
    expect(superlative('Warga menonton.', 'Satu-satunya Museum Wayang Kulit di Asia Tenggara Buka Lagi')).toEqual(['Satu-satunya Museum Wayang Kulit di Asia Tenggara'])
    expect(superlative('Pameran dibuka.\n\nPasar ini satu-satunya pasar terapung di Jawa Tengah.')).toEqual(['satu-satunya pasar terapung di Jawa Tengah'])
  })

  it('stays silent on an only one in a local scope, in an event, or in a quote', () => {
    expect(superlative('Ia satu-satunya dalang perempuan dalam pergelaran itu.')).toEqual([])
    expect(superlative('Jembatan itu satu-satunya akses warga di Kampung Code.')).toEqual([])
    expect(superlative('Satu-satunya perlindungan adalah imunisasi lengkap.')).toEqual([])
    expect(superlative('"Ini satu-satunya batik tulis di Indonesia dengan motif itu," kata Widya.')).toEqual([])
  })
})
