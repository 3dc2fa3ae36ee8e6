import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const parts = onBody('parts-total', 'Atlet Peraih Medali Dapat Pembinaan')

describe('round 22: rates per item before a total are no parts of it (parts-total)', () => {
  it('stays silent on rates per medal before the total paid', () => {
    expect(parts('Pemkot memberikan uang pembinaan kepada peraih medali. Besarannya Rp5 juta untuk emas, Rp3,5 juta untuk perak, dan Rp2 juta untuk perunggu, sehingga total uang pembinaan mencapai Rp23 juta.')).toEqual([])
  })

  it('stays silent on "besaran" rates in one sentence with the total', () => {
    expect(parts('Besaran insentif Rp400.000 untuk ketua RT dan Rp450.000 untuk ketua RW, sehingga totalnya Rp1.700.000 untuk dua RT dan dua RW.')).toEqual([])
  })

  it('stays silent on rates named before a list in the sentence before the total', () => {
    expect(parts('Bantuan dibedakan menurut kerusakan. Besarannya, rusak berat Rp15 juta, rusak sedang Rp10 juta, dan rusak ringan Rp5 juta. Total bantuan yang disalurkan Rp60 juta.')).toEqual([])
  })

  it('stays silent on rates with thousands written in full', () => {
    expect(parts('Besarannya Rp150.000 untuk pelajar SD, Rp200.000 untuk SMP, dan Rp250.000 untuk SMA. Total beasiswa tahun ini Rp1.200.000.')).toEqual([])
  })

  it('still reports amounts for the categories that do not add up to the total', () => {
    expect(parts('Uang pembinaan Rp5 juta untuk emas, Rp3,5 juta untuk perak, dan Rp2 juta untuk perunggu, sehingga total uang pembinaan mencapai Rp12 juta.')).toEqual(['Rp12 juta'])
  })

  it('still reports a budget list before its total', () => {
    expect(parts('Kelurahan menerima Rp300 juta untuk drainase, Rp250 juta untuk jalan, dan Rp150 juta untuk lampu. Total dana kelurahan Rp750 juta.')).toEqual(['Rp750 juta'])
  })

  it('still reports counts before their total', () => {
    expect(parts('Sebanyak 40 pelajar SD, 35 pelajar SMP, dan 25 pelajar SMA ikut, sehingga jumlahnya 110 pelajar.')).toHaveLength(1)
  })

  it('still reports a prize list whose total is a different figure', () => {
    expect(parts('Hadiah Rp3 juta untuk juara pertama, Rp2 juta untuk juara kedua, dan Rp1 juta untuk juara ketiga. Total hadiah Rp7 juta.')).toHaveLength(1)
  })
})
