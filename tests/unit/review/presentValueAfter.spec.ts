import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const money = (body: string) => excerpts('money-consistency', { title: 'Harga Bawang Putih Naik', body, publishedAt: '2026-08-10' })
const opening = 'Pantauan di tiga pasar pada Senin menunjukkan harga bawang putih dijual Rp36.000 per kilogram.\n\nPedagang mengeluhkan pasokan yang berkurang.\n\n'

describe('money-consistency: the present value marked after the amount (round 20)', () => {
  it('reports "Rp63.000 per kilogram saat ini" restating Rp36.000', () => {
    expect(money(`${opening}Kepala dinas menyebut, dengan harga bawang putih Rp63.000 per kilogram saat ini, operasi pasar belum perlu.`)).toEqual(['Rp63.000'])
  })

  it('also with "sekarang" after the amount and its unit', () => {
    expect(money(`${opening}Menurut pedagang, harga Rp63.000 per kilogram sekarang masih terjangkau pembeli.`)).toEqual(['Rp63.000'])
  })

  it('leaves a new value after a change in its sentence alone', () => {
    expect(money(`${opening}Di pasar lain harga naik menjadi Rp63.000 per kilogram saat ini.`)).toEqual([])
    expect(money('Harga bawang putih yang pekan lalu Rp36.000 per kilogram dijual Rp63.000 per kilogram saat ini.')).toEqual([])
  })

  it('leaves a present value with other digits alone', () => {
    expect(money(`${opening}Kepala dinas menyebut, dengan harga Rp38.000 per kilogram saat ini, operasi pasar belum perlu.`)).toEqual([])
  })
})
