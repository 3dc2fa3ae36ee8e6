import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'
import { digitSlip } from '@/review/digitSlip'
import type { RuleId } from '@/review/types'

const found = (title: string, body: string, rules: RuleId[]) =>
  analyzeArticle({ title, body, publishedAt: '2026-10-12' }, { rules })
    .filter((f) => f.severity !== 'info')
    .map((f) => [f.rule, f.excerpt])

describe('round 17: digitSlip', () => {
  it('reads swapped, changed, added and dropped digits and a moved separator as slips', () => {
    expect(digitSlip('58', '85')).toBe(true)
    expect(digitSlip('2,4', '4,2')).toBe(true)
    expect(digitSlip('23.400', '24.300')).toBe(true)
    expect(digitSlip('30', '36')).toBe(true)
    expect(digitSlip('2,5', '2,75')).toBe(true)
    expect(digitSlip('4,5', '45')).toBe(true)
  })

  it('does not read equal or unrelated figures as slips', () => {
    expect(digitSlip('1.500', '1500')).toBe(false)
    expect(digitSlip('30', '30')).toBe(false)
    expect(digitSlip('120', '45')).toBe(false)
    expect(digitSlip('35', '21')).toBe(false)
  })
})

describe('round 17: a quantity referring back with a mistyped figure', () => {
  it('reports a count after a demonstrative', () => {
    const body = 'Dinas sosial membagikan 58 kursi roda kepada penyandang disabilitas di balai kota.\n\nSelain itu, 85 kursi roda ini dilengkapi bantalan khusus.'
    expect(found('Kursi Roda untuk Warga', body, ['number-consistency'])).toEqual([['number-consistency', '85 kursi']])
  })

  it('reports a measure after a demonstrative', () => {
    const body = 'Penataan trotoar sepanjang 2,4 kilometer dimulai pekan ini.\n\nMenurut dinas, penataan sepanjang 4,2 kilometer itu menelan waktu dua bulan.'
    expect(found('Penataan Trotoar', body, ['number-consistency'])).toEqual([['number-consistency', '4,2 kilometer']])
  })

  it('reports a set described again by what was done to it', () => {
    const body = 'Petugas telah menanam 30 pohon peneduh di sepanjang jalan.\n\nSelain 36 pohon yang sudah ditanam, dinas menyiapkan 15 pohon cadangan.'
    expect(found('Penanaman Pohon', body, ['number-consistency'])).toEqual([['number-consistency', '36 pohon']])
  })

  it('does not report another time, a figure far off, or a set without a reference', () => {
    const time = 'Petugas menanam 30 pohon peneduh di sepanjang jalan.\n\nTahun lalu 36 pohon itu ditanam di taman kota.'
    expect(found('Penanaman Pohon', time, ['number-consistency'])).toEqual([])
    const far = 'Penataan trotoar sepanjang 2,4 kilometer dimulai pekan ini.\n\nJalur sepanjang 9 kilometer itu disiapkan tahun depan.'
    expect(found('Penataan Trotoar', far, ['number-consistency'])).toEqual([])
    const plain = 'Penataan trotoar sepanjang 2,4 kilometer dimulai pekan ini.\n\nDi kota lain, penataan sepanjang 4,2 kilometer sudah selesai.'
    expect(found('Penataan Trotoar', plain, ['number-consistency'])).toEqual([])
  })
})

describe('round 17: money per receiver', () => {
  it('reports two figures for one amount per receiver', () => {
    const body = 'Sebanyak 60 pelajar menerima beasiswa. Setiap pelajar menerima beasiswa Rp1,8 juta.\n\nKepala dinas menambahkan, setiap pelajar menerima dana senilai Rp1,5 juta yang dapat dipakai untuk buku.'
    expect(found('Beasiswa Pelajar', body, ['money-consistency'])).toEqual([['money-consistency', 'Rp1,5 juta']])
  })

  it('does not report two tiers, another year or a rate per month', () => {
    const tiers = 'Setiap pemenang menerima hadiah Rp3 juta untuk juara pertama.\n\nSetiap pemenang menerima hadiah Rp2 juta untuk juara kedua.'
    expect(found('Lomba', tiers, ['money-consistency'])).toEqual([])
    const year = 'Setiap pelajar menerima beasiswa Rp1,8 juta.\n\nTahun lalu setiap pelajar menerima beasiswa Rp1,5 juta.'
    expect(found('Beasiswa', year, ['money-consistency'])).toEqual([])
  })

  it('reads the receiver before the amount when a reference back names it after', () => {
    const body = 'Setiap atlet diberi insentif Rp4,5 juta.\n\nInsentif sebesar Rp4,25 juta per atlet itu dibayar bertahap.'
    expect(found('Uang Pembinaan Atlet', body, ['money-consistency'])).toEqual([['money-consistency', 'Rp4,25 juta']])
  })

  it('reports a unit price with three significant digits swapped', () => {
    const body = 'Pasar murah menjual beras dengan harga Rp12.600 per kilogram.\n\nWarga yang membeli beras seharga Rp16.200 per kilogram cukup membawa KTP.'
    expect(found('Pasar Murah Beras', body, ['money-consistency'])).toEqual([['money-consistency', 'Rp16.200']])
  })
})

describe('round 17: a time after a count is no reference', () => {
  it('does not read "tahun ini" or "kali ini" as a demonstrative', () => {
    const body = 'Pada lomba pertama, panitia mencatat 40 peserta dari sekolah dasar.\n\nMenurut panitia, lomba diikuti 44 peserta tahun ini.'
    expect(found('Lomba Menggambar', body, ['number-consistency'])).toEqual([])
  })
})

describe('round 17: two sums of one receiving frame', () => {
  it('are two amounts when the figures are not one mistyped', () => {
    const body = 'Setiap peserta mendapat uang saku Rp100.000.\n\nPada hari kedua, setiap peserta mendapat uang transport Rp50.000.'
    expect(found('Pelatihan Kader', body, ['money-consistency'])).toEqual([])
  })
})
