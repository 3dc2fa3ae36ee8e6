import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const general = (body: string, title = 'Berita Kota') => warnings('generalisation', { title, body, publishedAt: '2026-10-10' })

describe('generalisation: a whole group said to be spared a hardship (round 23)', () => {
  it('reports semua/seluruh/para + group + "tidak perlu lagi" + a hardship', () => {
    expect(general('Semua warga kini tidak perlu lagi jauh-jauh ke rumah sakit untuk berkonsultasi dengan psikolog.')).toEqual([
      'Semua warga kini tidak perlu lagi jauh-jauh',
    ])
    expect(general('Loket dibuka di kelurahan.\n\nSeluruh pedagang pasar tak perlu lagi antre berjam-jam di kantor dinas.')).toEqual([
      'Seluruh pedagang pasar tak perlu lagi antre',
    ])
    expect(general('Warga menonton.', 'Para Lansia Kampung Code Tak Perlu Lagi Bersusah Payah ke Puskesmas')).toEqual(['Para Lansia Kampung Code Tak Perlu Lagi Bersusah Payah'])
    expect(general('Dengan mobil keliling, segenap petani di lereng Merapi sekarang tidak perlu lagi berdesak-desakan di bus kota.')).toEqual([
      'segenap petani di lereng Merapi sekarang tidak perlu lagi berdesak-desakan',
    ])
  })

  it('stays silent on a bare group, a procedure, a part of the group and a quote', () => {
    expect(general('Pasien tidak perlu lagi antre ke luar kota untuk radioterapi.')).toEqual([])
    expect(general('Seluruh pemohon tidak perlu lagi membawa fotokopi KTP.')).toEqual([])
    expect(general('Sebagian warga kini tidak perlu lagi jauh-jauh ke rumah sakit.')).toEqual([])
    expect(general('"Semua warga tidak perlu lagi jauh-jauh ke rumah sakit," kata Kepala Puskesmas, Rini.')).toEqual([])
  })
})
