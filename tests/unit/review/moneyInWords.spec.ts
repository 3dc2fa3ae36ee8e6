import { describe, expect, it } from 'vitest'

import { findMoneyMentions } from '@/review/findMoneyMentions'

import { excerpts } from './helpers'

const values = (text: string) => findMoneyMentions(text).map((m) => [m.excerpt, m.value])
const money = (input: Parameters<typeof excerpts>[1]) => excerpts('money-consistency', input)
const parts = (body: string) => excerpts('parts-total', body)

describe('amounts of rupiah written in words (round 21)', () => {
  it('values amounts in words beside digit amounts', () => {
    expect(values('Biaya sewa empat ratus ribu rupiah, uang saku Rp250.000, dan hibah tiga koma dua lima miliar rupiah.')).toEqual([
      ['empat ratus ribu rupiah', 4e5],
      ['Rp250.000', 250000],
      ['tiga koma dua lima miliar rupiah', 3.25e9],
    ])
    expect(values('Seribu Rupiah Sekali Parkir')).toEqual([['Seribu Rupiah', 1000]])
    expect(values('dana satu triliun tiga ratus miliar rupiah')).toEqual([['satu triliun tiga ratus miliar rupiah', 1.3e12]])
  })

  it('reads an amount restated in parentheses as one amount, and keeps a restatement with another value', () => {
    expect(values('Anggaran Rp4,5 miliar (empat koma lima miliar rupiah) disiapkan.')).toEqual([['Rp4,5 miliar', 4.5e9]])
    expect(values('Honor tujuh ratus lima puluh ribu rupiah (Rp750.000) per bulan.')).toEqual([['tujuh ratus lima puluh ribu rupiah', 7.5e5]])
    expect(values('Anggaran Rp4,5 miliar (empat puluh lima miliar) disiapkan.')).toEqual([
      ['Rp4,5 miliar', 4.5e9],
      ['empat puluh lima miliar', 4.5e10],
    ])
  })

  it('takes no idiom or bare numeral in parentheses for money', () => {
    expect(values('Tidak satu rupiah pun dipakai untuk rapat; salah satu rupiah pun tidak.')).toEqual([])
    expect(values('Penduduk kota 2 juta (dua juta) jiwa. Kedua belah pihak membayar dua kali.')).toEqual([])
  })
})

describe('money-consistency compares amounts in words with digit amounts (round 21)', () => {
  it('reports an amount in words a scale or a power of ten off the digits: reference back, caption, headline, Q&A', () => {
    expect(
      money('Anggaran penataan taman kota mencapai Rp4,75 miliar dari APBD.\n\nPekerjaan dimulai bulan depan.\n\nDengan anggaran empat koma tujuh lima juta rupiah itu, taman ditargetkan selesai Desember.'),
    ).toEqual(['empat koma tujuh lima juta rupiah'])
    expect(money('Biaya perbaikan jembatan sebesar tiga ratus dua puluh lima juta rupiah ditanggung APBD.\n\nWarga menyambut baik.\n\nBiaya perbaikan Rp325 miliar itu mencakup pengecatan ulang.')).toEqual([
      'Rp325 miliar',
    ])
    expect(money('Pemkot menyalurkan bantuan modal Rp1,35 miliar kepada pelaku UMKM.\n\nPenyaluran dilakukan bertahap.\n\nFoto: Penyerahan bantuan modal satu koma tiga lima juta rupiah di Balai Kota.')).toEqual([
      'satu koma tiga lima juta rupiah',
    ])
    expect(money({ title: 'Dua Setengah Miliar Rupiah untuk Drainase Kotabaru', body: 'Pemkot menyiapkan anggaran Rp25 miliar untuk perbaikan drainase di Kotabaru, Senin (12/10/2026).' })).toEqual([
      'Dua Setengah Miliar Rupiah',
    ])
    expect(
      money('Tanya: Berapa anggaran program ini?\nJawab: Anggaran program tahun ini dua setengah miliar rupiah.\n\nTanya: Dari mana sumbernya?\nJawab: Anggaran Rp25 miliar itu seluruhnya dari APBD.'),
    ).toEqual(['Rp25 miliar'])
  })

  it('reports a total in words that is not the count times the amount per unit', () => {
    expect(money('Total hibah dua miliar lima puluh lima juta rupiah dibagi kepada 170 kampung. Setiap kampung menerima Rp15 juta.')).toEqual(['dua miliar lima puluh lima juta rupiah'])
  })

  it('stays silent on the same amount in words and digits, amounts per unit and different things', () => {
    expect(money('Anggaran penataan taman Rp2,5 miliar (dua koma lima miliar rupiah) bersumber dari APBD. Anggaran Rp2,5 miliar itu dipakai untuk lampu.')).toEqual([])
    expect(money({ title: 'Dua Setengah Miliar Rupiah untuk Drainase Kotabaru', body: 'Pemkot menyiapkan anggaran Rp2,5 miliar untuk perbaikan drainase di Kotabaru.' })).toEqual([])
    expect(money('Dana hibah sebesar satu miliar dua ratus juta rupiah dibagi rata. Dana hibah Rp1,2 miliar itu disalurkan lewat bank.')).toEqual([])
    expect(money('Setiap peserta menerima uang saku lima ratus ribu rupiah per bulan. Total anggaran program Rp500 juta.')).toEqual([])
    expect(money('Sebanyak 120 lansia menerima bantuan lima ratus ribu rupiah per bulan. Total bantuan setiap bulan enam puluh juta rupiah, atau Rp720 juta setahun.')).toEqual([])
    expect(money('Anggaran gedung sebesar delapan belas miliar rupiah. Setiap penerima mendapat bantuan Rp1,8 juta.')).toEqual([])
    expect(money('Tarif parkir motor naik dari dua ribu rupiah menjadi tiga ribu rupiah. Tarif mobil naik dari Rp5.000 menjadi Rp7.000.')).toEqual([])
  })
})

describe('parts-total adds amounts in words (round 21)', () => {
  it('reports parts in words that do not add up to a digit total, and the reverse', () => {
    expect(parts('Total anggaran Rp1,5 miliar terdiri atas belanja fisik satu miliar rupiah dan belanja pelatihan tiga ratus juta rupiah.')).toEqual(['Rp1,5 miliar'])
    expect(parts('Total anggaran satu setengah miliar rupiah terdiri atas belanja fisik Rp1 miliar dan belanja pelatihan Rp300 juta.')).toEqual(['satu setengah miliar rupiah terdiri atas belanja fisik Rp1 miliar dan belanja pelatihan Rp300 juta'])
    expect(parts('Hadiah lomba terdiri atas juara pertama lima juta rupiah, juara kedua tiga juta rupiah, dan juara ketiga dua juta rupiah. Total hadiah Rp12 juta.')).toEqual(['Rp12 juta'])
  })

  it('stays silent when they add up, and counts a part restated in parentheses once', () => {
    expect(parts('Total anggaran Rp1,3 miliar terdiri atas belanja fisik satu miliar rupiah dan belanja pelatihan tiga ratus juta rupiah.')).toEqual([])
    expect(parts('Total anggaran Rp1,5 miliar terdiri atas belanja fisik Rp1,2 miliar (satu koma dua miliar rupiah) dan belanja pelatihan Rp300 juta.')).toEqual([])
    expect(parts('Hadiah lomba terdiri atas juara pertama lima juta rupiah, juara kedua tiga juta rupiah, dan juara ketiga dua juta rupiah. Total hadiah Rp10 juta.')).toEqual([])
  })
})
