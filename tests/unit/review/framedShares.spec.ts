import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const sums = (body: string) => excerpts('percentage-sum', body)

describe('percentage-sum: a list whose first share is framed by "sebesar" (round 19)', () => {
  it('adds the framed share to the plain shares that follow it', () => {
    expect(sums('Menurut jenisnya, sampah organik sebesar 58 persen, plastik 24 persen, kertas 15 persen, dan logam 8 persen.')).toHaveLength(1)
    expect(sums('Pengunjung dewasa mencapai 62 persen, remaja 30 persen, dan anak-anak 12 persen dari seluruh tiket.')).toHaveLength(1)
  })

  it('leaves changes, rates and short pairs alone', () => {
    expect(sums('Harga cabai naik sebesar 60 persen, bawang 30 persen, dan tomat 20 persen dibanding pekan lalu.')).toEqual([])
    expect(sums('Realisasi belanja modal sebesar 91 persen, belanja pegawai 87 persen, dan belanja barang 80 persen.')).toEqual([])
    expect(sums('Subsidi pusat sebesar 70 persen dan subsidi provinsi 40 persen tersedia untuk program yang berbeda.')).toEqual([])
    expect(sums('Menurut jenisnya, sampah organik sebesar 55 persen, plastik 25 persen, kertas 12 persen, dan logam 8 persen.')).toEqual([])
  })
})
