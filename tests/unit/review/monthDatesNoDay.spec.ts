import { describe, expect, it } from 'vitest'

import { brief, check } from './helpers'

const relative = (body: string, title = 'Berita Kota') => brief(check('relative-time', { title, body, publishedAt: '2026-02-03' }))

describe('relative-time: a month without a day dates no day or week (round 22)', () => {
  it('reports the relative day beside a month and year only', () => {
    expect(relative('Patroli dimulai kemarin dan akan berlangsung setiap malam hingga akhir Februari 2026.')).toEqual([['kemarin', 'warning']])
    expect(relative('Posko ditutup.\n\nPendataan ulang dimulai besok dan ditargetkan selesai pada Maret 2026.')).toEqual([['besok', 'warning']])
    expect(relative('Sejak Januari 2026 tercatat 40 kasus, dua di antaranya dilaporkan pekan lalu.')).toEqual([['pekan lalu', 'warning']])
    expect(relative('Warga antre.', 'Hari Ini Vaksinasi Dibuka, Berlaku hingga April 2026')).toEqual([['Hari Ini', 'warning']])
  })

  it('keeps a day-precise date, and a month for a month', () => {
    expect(relative('Patroli dimulai kemarin, Senin (2/2/2026), dan berlangsung hingga akhir Februari 2026.')).toEqual([])
    expect(relative('Pendataan dimulai besok, 4 Februari 2026, di seluruh kemantren.')).toEqual([])
    expect(relative('Lomba tingkat DIY digelar bulan depan, Maret 2026, di Wonosari.')).toEqual([])
    expect(relative('Data Januari 2026 menunjukkan penurunan kasus sebesar 12 persen.')).toEqual([])
  })
})
