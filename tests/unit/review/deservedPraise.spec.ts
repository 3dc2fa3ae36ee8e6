import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const loaded = (body: string, title = 'Berita Kota') => warnings('loaded-language', { title, body, publishedAt: '2026-09-12' })

describe('loaded-language: something said to deserve praise in the writer\'s voice (round 23)', () => {
  it('reports patut/layak/pantas + a passive of praise or emulation', () => {
    expect(loaded('Prestasi mereka patut dibanggakan karena penarinya baru berusia tujuh tahun.')).toEqual(['patut dibanggakan'])
    expect(loaded('Langkah kelurahan itu sudah sepantasnya ditiru kampung lain.')).toEqual(['sepantasnya ditiru'])
    expect(loaded('Warga menonton.', 'Kerja Relawan Bank Sampah Layak Diacungi Jempol')).toEqual(['Layak Diacungi Jempol'])
    expect(loaded('Sebanyak 40 siswa ikut.\n\nKetekunan para pelatih tari pantas untuk diteladani.')).toEqual(['pantas untuk diteladani'])
  })

  it('stays silent on a fitness for use, a legal suspicion, a quote and reported speech', () => {
    expect(loaded('Rumah itu dinyatakan layak dihuni setelah diperbaiki.')).toEqual([])
    expect(loaded('Pelaku patut diduga mengetahui asal barang tersebut.')).toEqual([])
    expect(loaded('"Prestasi anak-anak ini patut dibanggakan," kata Kepala Dinas, Sutrisno.')).toEqual([])
    expect(loaded('Daging yang dijual di pasar itu layak dikonsumsi, menurut hasil uji laboratorium.')).toEqual([])
  })
})
