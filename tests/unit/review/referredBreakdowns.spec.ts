import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const parts = onBody('parts-total', 'Laporan Kegiatan')

describe('round 24: a breakdown that refers back to its whole or is closed by its rest (parts-total, fact model)', () => {
  it('reads a budget named by a demonstrative in the sentence before its breakdown, paragraphs apart', () => {
    const body = 'Dinas mengalokasikan dana Rp4,8 miliar untuk revitalisasi pasar tahun ini.\n\nPekerjaan dimulai Juni. Dana tersebut dibagi untuk tiga pekerjaan. Atap Rp2,5 miliar, los Rp1,4 miliar, serta saluran Rp700 juta.'
    expect(parts(body)).toEqual(['Rp4,8 miliar'])
  })

  it('reads counts of a counter closed by the rest, the whole named in the list sentence', () => {
    const body = 'Pemkot memasang 180 lampu jalan baru di tiga kemantren.\n\nLampu jalan dipasang di Wirobrajan sebanyak 64 unit, Mantrijeron 51 unit, dan sisanya, 55 unit, di Ngampilan.'
    expect(parts(body)).toEqual(['180 lampu'])
  })

  it('reads a ranked list that a label of the others closes', () => {
    const body = 'Pameran menghadirkan 310 stan usaha.\n\nStan terbanyak diisi kuliner 120 stan, disusul kerajinan 85 stan, busana 60 stan, serta kategori lain 30 stan.'
    expect(parts(body)).toEqual(['310 stan'])
  })

  it('reads a pair of sexes under the whole the sentence before refers to, in people counted as orang', () => {
    const body = 'Kelurahan melantik 64 kader posyandu baru, Senin.\n\nKader posyandu itu berasal dari 12 RW. Dari jumlah itu, 9 orang laki-laki dan 58 orang perempuan.'
    expect(parts(body)).toEqual(['64 kader'])
  })

  it('reads measures announced by a list sentence after the whole', () => {
    const body = 'Sebanyak 18 ton pupuk organik disiapkan gudang dinas.\n\nPembagian pupuk sebagai berikut: Tegalrejo 6 ton, Kotagede 5 ton, dan Umbulharjo 4 ton.'
    expect(parts(body)).toEqual(['18 ton pupuk'])
  })

  it('stays silent when the parts add up', () => {
    const body = 'Dinas mengalokasikan dana Rp4,6 miliar.\n\nDana tersebut dibagi untuk tiga pekerjaan. Atap Rp2,5 miliar, los Rp1,4 miliar, serta saluran Rp700 juta.'
    expect(parts(body)).toEqual([])
  })

  it('stays silent on a list of some parts only', () => {
    const body = 'Pemkot memasang 180 lampu jalan baru.\n\nLampu jalan tersebut antara lain dipasang di Wirobrajan 64 unit, Mantrijeron 51 unit, dan Ngampilan 45 unit.'
    expect(parts(body)).toEqual([])
  })

  it('stays silent on a ranked list with no rest', () => {
    const body = 'Pameran menghadirkan 310 stan usaha.\n\nStan terbanyak diisi kuliner 120 stan, disusul kerajinan 85 stan dan busana 60 stan.'
    expect(parts(body)).toEqual([])
  })

  it('stays silent when two wholes share the noun with other figures', () => {
    const body = 'Tahun lalu anggaran Rp4,1 miliar. Tahun ini anggaran Rp4,8 miliar.\n\nAnggaran tersebut dibagi untuk tiga pekerjaan. Atap Rp2,5 miliar, los Rp1,4 miliar, serta saluran Rp700 juta.'
    expect(parts(body)).toEqual([])
  })

  it('stays silent on parts far from the whole, and on parts that add up to another figure of theirs', () => {
    expect(parts('Pemkot memasang 180 lampu jalan, 120 lampu di antaranya sudah menyala.\n\nLampu itu dipasang di Wirobrajan 64 unit, Mantrijeron 51 unit, dan sisanya, 5 unit, di Ngampilan.')).toEqual([])
    expect(parts('Dinas mengalokasikan dana Rp9 miliar.\n\nDana tersebut dibagi untuk tiga pekerjaan. Atap Rp2,5 miliar, los Rp1,4 miliar, serta saluran Rp700 juta.')).toEqual([])
  })
})
