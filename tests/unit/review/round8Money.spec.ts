import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

// Round 8 (issue 11): unit-aware money slips. None of the examples is taken from the corpus.

describe('money-consistency: the same significant digits a power of ten apart', () => {
  it('a decimal slip between two differently named amounts', () => {
    const body = 'Renovasi pasar senilai Rp3,45 miliar dimulai Senin (2/3/2026). Dari keseluruhan Rp34,5 miliar, Rp3 miliar berasal dari APBD.'
    expect(excerpts('money-consistency', body)).toEqual(['Rp34,5 miliar'])
  })

  it('the same amount written in another unit is not a slip', () => {
    const body = 'Renovasi pasar senilai Rp3,45 miliar dimulai Senin. Dari keseluruhan Rp3.450 juta, Rp3 miliar berasal dari APBD.'
    expect(excerpts('money-consistency', body)).toEqual([])
  })

  it('two significant digits, or a unit price, are not compared', () => {
    expect(excerpts('money-consistency', 'Hadiah pemenang Rp1,5 juta. Panitia menyiapkan hadiah Rp15 juta.')).toEqual([])
    expect(excerpts('money-consistency', 'Setiap peserta menerima Rp1,25 juta, sehingga 10 peserta menerima Rp12,5 juta.')).toEqual([])
  })
})

describe('money-consistency: shared digits that are not a slip', () => {
  it('two amounts named as different things, or a share in percent', () => {
    expect(excerpts('money-consistency', 'Anggaran pembangunan Rp2,45 miliar. Dana pemeliharaan tahunan Rp245 juta.')).toEqual([])
    expect(excerpts('money-consistency', 'Harga rumah Rp2,45 miliar. Uang muka 10 persen, yakni Rp245 juta, dibayar tunai.')).toEqual([])
  })
})
