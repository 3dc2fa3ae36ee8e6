import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const credit = (body: string, title = 'Berita Kota') => warnings('writer-credit', { title, body, publishedAt: '2026-08-30' })

describe('writer-credit: a result owed to a government office after "berkat" (round 23)', () => {
  it('reports "berkat" + any deed + an office as the credited agent', () => {
    expect(credit('Berkat pembinaan Dinas Pendidikan, pemain muda kampung kini tampil di level lebih tinggi.')).toEqual(['Berkat pembinaan Dinas'])
    expect(credit('Pasar itu kini bersih dan tertata berkat pendampingan rutin dari Badan Pengelola Pasar.')).toEqual(['berkat pendampingan rutin dari Badan'])
    expect(credit('Lomba ini diikuti 40 sekolah.\n\nSemua berjalan lancar berkat Pemkot Yogyakarta.')).toEqual(['berkat Pemkot'])
    expect(credit('Warga menonton.', 'Berkat Sentuhan Pemerintah Kota, Kampung Kumuh Jadi Destinasi')).toEqual(['Berkat Sentuhan Pemerintah Kota'])
  })

  it('stays silent without "berkat", in a quote, or when the office is no agent of the result', () => {
    expect(credit('Pelatihan diselenggarakan Dinas Pendidikan bersama pelatih lisensi C.')).toEqual([])
    expect(credit('"Berkat pembinaan Dinas Pendidikan, anak-anak berani bertanding," kata Ketua Panitia, Wahyu.')).toEqual([])
    expect(credit('Atas undangan Dinas Kebudayaan, sanggar itu tampil di Taman Budaya.')).toEqual([])
    expect(credit('Berkat hujan semalam, sumur warga kembali berair; Dinas Lingkungan Hidup mencatat debitnya.')).toEqual([])
  })
})
