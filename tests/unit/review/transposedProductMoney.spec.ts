import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const money = onBody('money-consistency')

describe('round 18: a total or unit amount with the calculation\'s digits reordered (money-consistency)', () => {
  it('reports a budget whose digits are the product reordered', () => {
    const body =
      'Dinas Kesehatan membiayai pemeriksaan gigi bagi 150 murid sekolah dasar. Biaya pemeriksaan Rp240.000 per murid ditanggung penuh.\n\nUntuk kegiatan ini disiapkan anggaran Rp63 juta.'
    expect(money(body)).toEqual(['Rp63 juta'])
  })

  it('reports a unit amount whose digits are the total over the count reordered', () => {
    const body =
      'Perbaikan atap menelan Rp720 juta untuk 160 rumah warga di bantaran sungai.\n\nMenurut lurah, dengan biaya Rp5,4 juta per rumah, warga tidak perlu menambah dana.'
    expect(money(body)).toEqual(['Rp5,4 juta'])
  })

  it('leaves a product that is written, a measure, and a total not of the units', () => {
    const right =
      'Dinas Kesehatan membiayai pemeriksaan gigi bagi 150 murid. Biaya Rp240.000 per murid ditanggung penuh.\n\nAnggaran kegiatan Rp36 juta.'
    expect(money(right)).toEqual([])
    const measure = 'Beras dijual Rp13.000 per kilogram di pasar murah.\n\nWarga yang membeli 7 kilogram beras membayar Rp19.000 untuk ongkos kirim.'
    expect(money(measure)).toEqual([])
    const other =
      'Dinas Kesehatan memeriksa gigi 150 murid dengan biaya Rp240.000 per murid.\n\nSelain itu, kantin sekolah menerima hibah peralatan senilai Rp63 juta dari bank daerah.'
    expect(money(other)).toEqual([])
  })
})
