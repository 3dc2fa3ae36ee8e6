import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const money = (body: string, title = 'Proyek Jembatan Berlanjut') => excerpts('money-consistency', { title, body, publishedAt: '2026-10-22' })

describe('round 22: a percentage closing the sentence before is no share of the amount (money-consistency)', () => {
  it('compares a contract value after a progress share with its restatement in words', () => {
    const body = 'Progres fisik telah mencapai 62 persen. Nilai kontrak pekerjaan sebesar Rp11,35 miliar.\n\nPekerjaan dibiayai APBD dengan nilai kontrak sebelas koma lima tiga miliar rupiah.'
    expect(money(body)).toEqual(['sebelas koma lima tiga miliar rupiah'])
  })

  it('compares two words for one cost with their digits swapped', () => {
    const body = 'Sebanyak 40 persen saluran sudah dibongkar. Anggaran pekerjaan Rp4,25 miliar.\n\nKontraktor menyebut biaya Rp4,52 miliar cukup untuk seluruh ruas.'
    expect(money(body)).toHaveLength(1)
  })

  it('compares a reference back with the one amount given before', () => {
    const body = 'Penyerapan anggaran baru 35 persen. Proyek talud senilai Rp2,4 miliar dikerjakan sejak Mei.\n\nProyek senilai Rp2,7 miliar itu ditargetkan rampung Desember.'
    expect(money(body)).toEqual(['Rp2,7 miliar'])
  })

  it('compares the headline with the one amount of the opening after a share', () => {
    const body = 'Realisasi fisik proyek mencapai 80 persen. Bantuan untuk pedagang Rp2,5 miliar disalurkan bertahap.'
    expect(money(body, 'Pedagang Pasar Terima Rp25 Miliar')).toEqual(['Rp25 Miliar'])
  })

  it('still reads a share in the amount\'s own sentence as a share of it', () => {
    const body = 'Uang muka 10 persen, Rp245 juta, dibayar bulan ini.\n\nNilai kontrak Rp2,45 miliar dibayar bertahap.'
    expect(money(body)).toEqual([])
  })

  it('stays silent on the same value written twice', () => {
    const body = 'Progres fisik telah mencapai 62 persen. Nilai kontrak pekerjaan sebesar Rp11,35 miliar.\n\nPekerjaan dibiayai APBD dengan nilai kontrak sebelas koma tiga lima miliar rupiah.'
    expect(money(body)).toEqual([])
  })

  it('stays silent on two things of one sentence after a share', () => {
    const body = 'Progres mencapai 62 persen. Nilai kontrak Rp11,35 miliar, sedangkan biaya pengawasan Rp1,53 miliar.'
    expect(money(body)).toEqual([])
  })

  it('stays silent on an amount per unit after a share', () => {
    const body = 'Sebanyak 90 persen warga sudah menerima bantuan. Setiap keluarga menerima Rp600.000.\n\nTotal bantuan Rp6 miliar disalurkan lewat bank.'
    expect(money(body)).toEqual([])
  })
})
