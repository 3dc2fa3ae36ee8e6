import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const money = (title: string, body: string, lead?: string) => excerpts('money-consistency', { title, lead, body, publishedAt: '2026-10-12' })
const revenue = 'Penerimaan pajak restoran kota pada triwulan pertama 2026 mencapai Rp8,6 miliar. Angka itu naik dibanding periode yang sama.'

describe('round 23: an amount the headline and lead agree on, restated later a power of ten off under a word of theirs (money-consistency)', () => {
  it('reads the headline\'s first word before the later amount', () => {
    const body = `${revenue}\n\nKepala badan menjelaskan dengan penerimaan Rp86 miliar pada triwulan pertama, target tahun ini dapat tercapai.`
    expect(money('Penerimaan Pajak Restoran Triwulan Pertama Capai Rp8,6 Miliar', body)).toEqual(['Rp86 miliar'])
  })

  it('reads a lead field and a hundredfold slip', () => {
    const lead = 'Realisasi retribusi parkir hingga September mencapai Rp4,5 miliar.'
    const body = 'Petugas parkir kini memakai karcis elektronik.\n\nMenurut kepala dinas, realisasi Rp450 juta ditopang kawasan Malioboro.'
    expect(money('Realisasi Retribusi Parkir Rp4,5 Miliar', body, lead)).toEqual(['Rp450 juta'])
  })

  it('reads a word of the lead sentence, the later amount opening its sentence', () => {
    const body = 'Transaksi pasar murah selama tiga hari tembus Rp1,8 miliar. Pasar digelar di halaman balai kota.\n\nTransaksi Rp18 miliar didominasi beras dan minyak goreng.'
    expect(money('Pasar Murah Catat Rp1,8 Miliar', body)).toEqual(['Rp18 miliar'])
  })

  it('reads a later amount a tenth of the confirmed one', () => {
    const body = 'Perputaran uang selama festival kuliner mencapai Rp2,4 miliar.\n\nPanitia menyebut perputaran Rp240 juta melampaui perkiraan.'
    expect(money('Perputaran Uang Festival Kuliner Rp2,4 Miliar', body)).toEqual(['Rp240 juta'])
  })

  it('stays silent when the later amount is named by another word', () => {
    const body = `${revenue}\n\nSeorang pemilik kafe menyebut omzetnya Rp86 juta per bulan.`
    expect(money('Penerimaan Pajak Restoran Capai Rp8,6 Miliar', body)).toEqual([])
  })

  it('stays silent when the amount was given once before', () => {
    const body = `${revenue}\n\nKepala badan menjelaskan dengan penerimaan Rp86 miliar pada triwulan pertama, target tahun ini dapat tercapai.`
    expect(money('Pajak Restoran Naik', body)).toEqual([])
  })

  it('stays silent on an amount of another time', () => {
    const body = `${revenue}\n\nPada 2016 penerimaan Rp860 juta sudah dianggap tinggi.`
    expect(money('Penerimaan Pajak Restoran Capai Rp8,6 Miliar', body)).toEqual([])
  })

  it('stays silent on an amount per unit', () => {
    const body = `${revenue}\n\nRata-rata penerimaan Rp860 juta per kemantren.`
    expect(money('Penerimaan Pajak Restoran Capai Rp8,6 Miliar', body)).toEqual([])
  })
})
