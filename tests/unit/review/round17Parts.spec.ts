import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'

const parts = (body: string, title = 'Berita Kota') =>
  analyzeArticle({ title, body, publishedAt: '2026-10-12' }, { rules: ['parts-total'] }).map((f) => f.excerpt)

describe('round 17: closed partitions', () => {
  it('compares a pair of women and men with the whole', () => {
    expect(parts('Puskesmas melatih 120 relawan dari 30 kampung. Dari jumlah itu, 70 relawan perempuan dan 60 relawan laki-laki.')).toEqual(['120 relawan'])
  })

  it('takes a group of people as the whole when the pair counts under another noun', () => {
    const body = 'Bantuan diberikan kepada 1.480 lansia di kota ini.\n\nMenurut data dinas, 860 penerima perempuan dan 520 penerima laki-laki.'
    expect(parts(body)).toEqual(['1.480 lansia'])
  })

  it('leaves a pair that adds up, or a pair of some', () => {
    expect(parts('Puskesmas melatih 120 relawan. Dari jumlah itu, 70 relawan perempuan dan 50 relawan laki-laki.')).toEqual([])
    expect(parts('Puskesmas melatih 120 relawan. Di antaranya 30 relawan perempuan dan 20 relawan laki-laki dari kampung tepi sungai.')).toEqual([])
  })

  it('compares announced stages with the span', () => {
    const body = 'Pengerjaan taman dijadwalkan 60 hari kalender. Pekerjaan dibagi dalam tiga tahap: penataan tanah selama 20 hari, penanaman selama 25 hari, dan pemasangan lampu selama 20 hari.'
    expect(parts(body)).toEqual(['60 hari'])
    const right = 'Pengerjaan taman dijadwalkan 65 hari kalender. Pekerjaan dibagi dalam tiga tahap: penataan tanah selama 20 hari, penanaman selama 25 hari, dan pemasangan lampu selama 20 hari.'
    expect(parts(right)).toEqual([])
  })

  it('compares counts per unit times the units with the stated total', () => {
    const body = 'Setiap posko menyiagakan tiga relawan, dua perawat, dan satu sopir. Dengan begitu, total petugas di empat posko mencapai 26 orang.'
    expect(parts(body)).toEqual(['26 orang'])
    const right = 'Setiap posko menyiagakan tiga relawan, dua perawat, dan satu sopir. Dengan begitu, total petugas di empat posko mencapai 24 orang.'
    expect(parts(right)).toEqual([])
  })

  it('compares a total with its split in the next sentence when each part has the same verb', () => {
    const body = 'Dinas memindahkan sebanyak 70 perahu. Sebanyak 25 perahu menempati dermaga utara dan 35 perahu menempati dermaga selatan.'
    expect(parts(body)).toEqual(['70 perahu'])
    const verbs = 'Dinas memindahkan sebanyak 70 perahu. Sebanyak 25 perahu menempati dermaga utara dan 35 perahu diperbaiki di bengkel.'
    expect(parts(verbs)).toEqual([])
  })

  it('compares a list closed by the rest opening the next sentence', () => {
    const body = 'Program ini menjangkau 5.000 pelajar.\n\nPeserta terbanyak dari Kecamatan A dengan 900 pelajar, disusul Kecamatan B 800 pelajar dan Kecamatan C 700 pelajar. Sisanya, 2.700 pelajar, tersebar di kecamatan lain.'
    expect(parts(body)).toEqual(['5.000 pelajar'])
  })
})

describe('round 17: a split that leaves a rest uncounted', () => {
  it('is no closed partition', () => {
    expect(parts('Pemkot menanam 500 pohon. Sebanyak 200 pohon ditanam di taman kota dan 250 pohon ditanam di bantaran sungai, sementara sisanya menyusul.')).toEqual([])
  })
})

describe('round 17: a women/men pair of another or a narrowed set', () => {
  it('is not compared with the whole', () => {
    expect(parts('Pelatihan diikuti 60 peserta. Selain itu, 30 peserta perempuan dan 20 peserta laki-laki mengikuti kelas lanjutan.')).toEqual([])
    expect(parts('Ada 25 warga yang hadir. Sebanyak 12 warga perempuan dan 10 warga laki-laki berasal dari RW 3.')).toEqual([])
  })
})
