import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const money = (body: string) => excerpts('money-consistency', { title: 'Safari Ramadan Berlanjut', body, publishedAt: '2026-02-20' })

describe('round 22: two totals of one thing with two digits reordered (money-consistency)', () => {
  it('reports the later total, paragraphs apart', () => {
    const body = 'Wali Kota menyerahkan hibah Rp15 juta untuk takmir. Bantuan serupa diberikan di setiap masjid sehingga total hibah mencapai Rp210 juta.\n\nPasar takjil digelar setiap Jumat.\n\nSafari ditutup dengan penyerahan hibah untuk ke-14 masjid senilai total Rp120 juta.'
    expect(money(body)).toEqual(['Rp120 juta'])
  })

  it('reports totals of a budget in billions', () => {
    const body = 'Total anggaran perbaikan jalan Rp4,6 miliar disahkan tahun ini.\n\nDinas memastikan seluruh anggaran Rp6,4 miliar terserap.'
    expect(money(body)).toEqual(['Rp6,4 miliar'])
  })

  it('reports totals of aid written with "keseluruhan"', () => {
    const body = 'Keseluruhan bantuan yang disalurkan Rp53 juta.\n\nWarga mengapresiasi penyaluran. Total bantuan Rp35 juta diterima 70 keluarga.'
    expect(money(body)).toEqual(['Rp35 juta'])
  })

  it('reports totals of an incentive written in full', () => {
    const body = 'Total insentif pelatih Rp7.500.000 disiapkan panitia.\n\nPanitia menyebut total insentif Rp5.700.000 berasal dari sponsor.'
    expect(money(body)).toEqual(['Rp5.700.000'])
  })

  it('stays silent on two digits reordered when only one amount is a total', () => {
    const body = 'Hibah tahap pertama Rp12 juta sudah cair.\n\nTotal hibah mencapai Rp21 juta setelah tahap kedua.'
    expect(money(body)).toEqual([])
  })

  it('stays silent on totals of two things', () => {
    const body = 'Total hibah mencapai Rp210 juta.\n\nTotal biaya pengawasan Rp120 juta dibiayai terpisah.'
    expect(money(body)).toEqual([])
  })

  it('stays silent on totals whose digits differ otherwise', () => {
    const body = 'Total hibah mencapai Rp210 juta.\n\nSafari ditutup dengan penyerahan hibah senilai total Rp185 juta.'
    expect(money(body)).toEqual([])
  })

  it('stays silent on totals per unit', () => {
    const body = 'Total hibah per masjid Rp21 juta.\n\nTotal hibah per mushala Rp12 juta.'
    expect(money(body)).toEqual([])
  })
})
