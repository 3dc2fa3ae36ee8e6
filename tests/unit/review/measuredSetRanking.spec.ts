import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

// Round 24: a ranking inside the set that was surveyed, measured, tested or inspected reports the measurement, not a
// claim: "tertinggi di antara 20 unit layanan yang disurvei". Sentences of my own.

const article = (body: string, title = 'Hasil Pengukuran') => ({ title, body, publishedAt: '2026-07-11' })

describe('round 24: a ranking inside a measured set', () => {
  it('leaves a ranking among the units that were surveyed, measured, tested or inspected alone', () => {
    expect(warnings('unsourced-superlative', article('Puskesmas Umbulharjo meraih skor tertinggi di antara 18 puskesmas yang dinilai warga tahun ini.'))).toEqual([])
    expect(warnings('unsourced-superlative', article('Kadar debu di Jalan Magelang paling tinggi di antara 12 titik yang diukur pekan lalu.'))).toEqual([])
    expect(warnings('unsourced-superlative', article('Sumur warga di RW 03 tercatat paling rendah kadar bakterinya.\n\nSampel air dari RT 4 terbanyak mengandung bakteri di antara tiga puluh sampel yang diuji di laboratorium.'))).toEqual([])
    expect(warnings('unsourced-superlative', article('Dari hasil inspeksi, jembatan Gondolayu terpanjang di antara 9 jembatan yang diperiksa petugas.'))).toEqual([])
    expect(warnings('unsourced-superlative', article('Pasar Kranggan mendapat nilai kebersihan terbaik di antara semua pasar yang disurvei.'))).toEqual([])
  })

  it('still reports a ranking among a set nobody measured, and wider scopes', () => {
    expect(warnings('unsourced-superlative', article('Taman ini terindah di antara 20 taman kota.'))).toEqual(['terindah di antara 20 taman'])
    expect(warnings('unsourced-superlative', article('Festival ini terbesar di antara semua festival yang pernah ada.'))).toEqual(['terbesar di antara semua festival'])
    expect(warnings('unsourced-superlative', article('Kampung ini terbersih di Indonesia, di antara kampung yang dikunjungi wisatawan.'))).toEqual(['terbersih di Indonesia'])
    expect(warnings('unsourced-superlative', article('Sekolah itu paling maju di antara 40 sekolah yang dibina dinas.'))).toEqual(['paling maju di antara 40 sekolah'])
  })
})
