import { describe, expect, it } from 'vitest'

import { brief, check } from './helpers'

const relative = (body: string, title = 'Berita Kota') => brief(check('relative-time', { title, body, publishedAt: '2026-09-23' }))

describe('relative-time: a month named from the publication date in the writer\'s words (round 22)', () => {
  it('reports "bulan depan"/"bulan lalu" in the writer\'s voice as a warning', () => {
    expect(relative('Para juara akan mewakili kota pada lomba tingkat DIY yang digelar bulan depan.')).toEqual([['bulan depan', 'warning']])
    expect(relative('Tarif baru diumumkan.\n\nTarif khusus pelajar mulai diberlakukan bulan depan setelah evaluasi.')).toEqual([['bulan depan', 'warning']])
    expect(relative('Bulan lalu, dinas menyalurkan 400 paket sembako di Kemantren Mergangsan.')).toEqual([['Bulan lalu', 'warning']])
    expect(relative('Posko dibuka.', 'Pendaftaran Beasiswa Dibuka Bulan Depan')).toEqual([['Bulan Depan', 'warning']])
  })

  it('keeps it a hint in a source\'s words, and silent with a date', () => {
    expect(relative('Menurut Kepala Dinas Sosial, penyaluran berikutnya dijadwalkan bulan depan.')).toEqual([['bulan depan', 'info']])
    expect(relative('"Ada yang minta kirim 100 tas bulan depan," kata Rina.')).toEqual([['bulan depan', 'info']])
    expect(relative('Lomba tingkat DIY digelar bulan depan, Sabtu (17/10/2026), di Wonosari.')).toEqual([])
    expect(relative('Pembayaran dibuka setiap awal bulan dan ditutup akhir bulan.')).toEqual([])
  })
})
