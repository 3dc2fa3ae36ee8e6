import { describe, expect, it } from 'vitest'

import { excerpts, onBody } from './helpers'

const parts = onBody('parts-total', 'Penyaluran Bantuan')

describe('round 24: a count for each unit times the units against the whole (parts-total, fact model)', () => {
  it('reads a whole and its units in the opening, the count for each unit paragraphs later', () => {
    const body = 'Pemkot menyalurkan 1.500 paket sembako ke 25 kelurahan, Senin (5/10/2026).\n\nPenyaluran dilakukan bertahap. Setiap kelurahan mendapat 50 paket.'
    expect(parts(body)).toEqual(['1.500 paket'])
  })

  it('reads the units counted in their own sentence and `masing-masing` with the unit noun', () => {
    const body = 'Dinas membagikan 900 bibit kepada kelompok tani.\n\nBibit diberikan kepada 12 kelompok tani. Masing-masing kelompok menerima 60 bibit.'
    expect(parts(body)).toEqual(['900 bibit'])
  })

  it('reads counts in words and a passive verb', () => {
    const body = 'Sebanyak 480 peserta mengikuti pelatihan di delapan kelurahan.\n\nTiap kelurahan diikuti 50 peserta.'
    expect(parts(body)).toEqual(['480 peserta'])
  })

  it('reads a whole in the lead and the count for each unit in the body', () => {
    const found = excerpts('parts-total', { title: 'Posyandu Dapat Timbangan', lead: 'Dinkes membagikan 130 timbangan digital ke 14 puskesmas.', body: 'Pembagian dilakukan Selasa. Setiap puskesmas menerima 10 timbangan untuk posyandu binaannya.', publishedAt: '2026-10-12' })
    expect(found).toEqual(['130 timbangan'])
  })

  it('stays silent when the product is the whole', () => {
    expect(parts('Pemkot menyalurkan 1.250 paket sembako ke 25 kelurahan.\n\nSetiap kelurahan mendapat 50 paket.')).toEqual([])
  })

  it('stays silent when the copy leaves room for a rest, an average or a bound', () => {
    expect(parts('Pemkot menyalurkan 1.500 paket sembako ke 25 kelurahan.\n\nSetiap kelurahan mendapat 50 paket. Sisanya disimpan sebagai cadangan.')).toEqual([])
    expect(parts('Pemkot menyalurkan 1.500 paket sembako ke 25 kelurahan.\n\nRata-rata setiap kelurahan mendapat 50 paket.')).toEqual([])
    expect(parts('Pemkot menyalurkan 1.500 paket sembako ke 25 kelurahan.\n\nSetiap kelurahan mendapat paling sedikit 50 paket.')).toEqual([])
  })

  it('stays silent when the units are given two counts', () => {
    expect(parts('Pemkot menyalurkan 1.500 paket ke 25 kelurahan. Tahun lalu bantuan menjangkau 30 kelurahan.\n\nSetiap kelurahan mendapat 50 paket.')).toEqual([])
  })

  it('stays silent when the sentence states its own product, and when the product is far from the whole', () => {
    expect(parts('Sebanyak 1.560 kursi disediakan dalam 33 bus.\n\nSetiap bus berkapasitas 50 kursi, sehingga 33 bus menampung 1.650 kursi.')).toEqual([])
    expect(parts('Pemkot menyalurkan 3.000 paket ke 25 kelurahan.\n\nSetiap kelurahan mendapat 50 paket.')).toEqual([])
  })
})
