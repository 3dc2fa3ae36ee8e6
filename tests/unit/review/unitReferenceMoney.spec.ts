import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const money = onBody('money-consistency')

describe('round 18: a unit amount referred back with a mistyped figure (money-consistency)', () => {
  it('reports the reference whatever the earlier amount was called', () => {
    const body =
      'Sebanyak 240 lansia terdaftar dalam program makan bergizi. Setiap lansia mendapat Rp450.000 per bulan yang dibelanjakan di warung sekitar.\n\nSeorang pendamping mengatakan, "Uang Rp540.000 per bulan itu cukup untuk lauk sepekan."'
    expect(money(body)).toEqual(['Rp540.000'])
  })

  it('reads a digit added as the same slip', () => {
    const body = 'Peserta kursus memperoleh uang saku Rp1,2 juta per angkatan.\n\nUang saku Rp1,25 juta per angkatan tersebut dibayar tunai.'
    expect(money(body)).toEqual(['Rp1,25 juta'])
  })

  it('leaves another unit, another time, two amounts before and a figure far off', () => {
    const unit = 'Setiap lansia mendapat Rp450.000 per bulan.\n\nUang Rp540.000 per tahun itu dianggap kecil.'
    expect(money(unit)).toEqual([])
    const time = 'Setiap lansia mendapat Rp450.000 per bulan.\n\nUang lama Rp400.000 per bulan itu dinaikkan tahun ini.'
    expect(money(time)).toEqual([])
    const two = 'Lansia mendapat Rp450.000 per bulan, penyandang disabilitas Rp600.000 per bulan.\n\nUang Rp540.000 per bulan itu dibelanjakan di warung.'
    expect(money(two)).toEqual([])
    const far = 'Setiap lansia mendapat Rp450.000 per bulan.\n\nUang Rp950.000 per bulan itu hanya untuk pengurus.'
    expect(money(far)).toEqual([])
  })
})
