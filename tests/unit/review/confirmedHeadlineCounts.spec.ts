import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const counts = (title: string, body: string) => excerpts('number-consistency', { title, body, publishedAt: '2026-10-12' })

describe('number-consistency: a headline count the opening confirms (round 19)', () => {
  it('reports the later body count that looks mistyped, not the headline', () => {
    const body =
      'Sebanyak 57 warga penyandang disabilitas di Kelurahan Bener menerima alat bantu dengar, Senin (12/10/2026).\n\n' +
      'Penyerahan dilakukan di balai kelurahan. Dari 75 penerima yang hadir, sebagian datang bersama keluarga.'
    expect(counts('Pemkot Serahkan Alat Bantu kepada 57 Penerima', body)).toEqual(['75 penerima'])
  })

  it('leaves a later count of another scope alone when the opening confirms the headline', () => {
    const body =
      'Sebanyak 1.320 pelajar di Kemantren Jetis mengikuti pemeriksaan mata gratis, Senin (12/10/2026).\n\n' +
      'Rata-rata 60 siswa diperiksa di setiap sekolah sejak pagi.'
    expect(counts('Pemeriksaan Mata Jangkau 1.320 Siswa di Jetis', body)).toEqual([])
  })

  it('still reports the headline when the opening does not give its figure', () => {
    const body = 'Sebanyak 120 pedagang pindah ke los baru, Senin (12/10/2026).\n\nPemindahan 120 pedagang selesai sore hari.'
    expect(counts('Sebanyak 150 Pedagang Pindah ke Los Baru', body)).toEqual(['150 Pedagang'])
  })
})

describe('number-consistency: a count of others beside named people (round 19)', () => {
  it('reads "X dan N noun lain" as the whole less the people named', () => {
    const body = 'Sebanyak 25 atlet menerima bonus dari pemerintah kota, Senin (12/10/2026). Bonus diserahkan di balai kota.'
    expect(counts('Rina Safitri dan 24 Atlet Lain Terima Bonus', body)).toEqual([])
    expect(counts('Rina Safitri dan Dodi Saputra serta 23 Atlet Lain Terima Bonus', body)).toEqual([])
  })

  it('still reports others that do not add up', () => {
    const body = 'Sebanyak 25 atlet menerima bonus dari pemerintah kota, Senin (12/10/2026). Bonus diserahkan di balai kota.'
    expect(counts('Rina Safitri dan 42 Atlet Lain Terima Bonus', body)).toEqual(['42 Atlet'])
  })
})
