import { describe, expect, it } from 'vitest'

import { findMoneyMentions } from '@/review/findMoneyMentions'

import { excerpts } from './helpers'

const amounts = (text: string) => findMoneyMentions(text).map((m) => [m.excerpt, m.value])
const money = (input: Parameters<typeof excerpts>[1]) => excerpts('money-consistency', input)

describe('an amount in words right after a word for a sum, without "rupiah" (round 21)', () => {
  it('reads it as money after the sum word and its framing, not before a counted noun', () => {
    expect(amounts('APBD 2027 disepakati, anggarannya satu koma dua triliun.')).toEqual([['satu koma dua triliun', 1.2e12]])
    expect(amounts('Kerugian ditaksir lima ratus juta, sedangkan pendapatan mencapai dua setengah miliar.')).toEqual([
      ['lima ratus juta', 5e8],
      ['dua setengah miliar', 2.5e9],
    ])
    expect(amounts('Dana dua juta warga terdampak belum cair; bantuan seribu paket datang.')).toEqual([])
    expect(amounts('Nilai tiga koma lima diberikan juri.')).toEqual([])
  })

  it('compares it with digit amounts: headline, Q&A answer, quote, reference back several paragraphs on', () => {
    expect(money({ title: 'Pemkot Siapkan Rp1,2 Miliar untuk Trotoar', body: 'Pemerintah kota menyiapkan anggaran sebesar dua belas miliar untuk penataan trotoar di Jalan Sudirman, Senin (12/10/2026).' })).toEqual([
      'Rp1,2 Miliar',
    ])
    expect(money('Tanya: Berapa dana yang disiapkan?\nJawab: Dananya tiga koma lima miliar.\n\nTanya: Untuk apa saja?\nJawab: Dana Rp35 miliar itu untuk jembatan dan jalan kampung.')).toEqual(['Rp35 miliar'])
    expect(
      money('"Kerugiannya ditaksir tujuh ratus empat puluh lima juta," kata Kepala Pelaksana BPBD.\n\nPetugas masih mendata rumah yang rusak.\n\nKerugian Rp74,5 juta tersebut belum termasuk kendaraan.'),
    ).toEqual(['Rp74,5 juta'])
    expect(money('Anggaran perbaikan jalan kampung tahun ini mencapai Rp6,25 miliar.\n\nPekerjaan dibagi dalam tiga paket.\n\nDengan anggaran enam koma dua lima juta itu, 40 ruas jalan diperbaiki.')).toEqual([
      'enam koma dua lima juta',
    ])
    expect(excerpts('parts-total', 'Total anggaran Rp900 juta dibagi untuk dua pos: belanja enam ratus juta dan honor dua ratus juta.')).toEqual(['Rp900 juta'])
  })

  it('stays silent when the words and the digits agree, and on counts after a sum word', () => {
    expect(money({ title: 'Pemkot Siapkan Rp1,2 Miliar untuk Trotoar', body: 'Pemerintah kota menyiapkan anggaran sebesar satu koma dua miliar untuk penataan trotoar.' })).toEqual([])
    expect(money('Anggaran dua miliar itu berasal dari APBD. Anggaran Rp2 miliar tersebut dipakai untuk drainase.')).toEqual([])
    expect(money('Dana dua juta warga terdampak banjir belum cair. Pemkot menyiapkan dana Rp2 miliar.')).toEqual([])
    expect(money('Pemkot menyalurkan bantuan seribu paket sembako. Nilai tiga koma lima diberikan juri. Anggaran Rp3,5 miliar.')).toEqual([])
    expect(money('Anggaran program Rp20 juta untuk 20 kelompok. Bantuan sejuta untuk setiap kelompok.')).toEqual([])
  })
})
