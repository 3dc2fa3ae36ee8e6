import { describe, expect, it } from 'vitest'

import { check, onBody } from './helpers'

// Round 11, phase 2: shares of a divided whole, a whole referred back to, a count restated by the lead's verb. None of the examples is taken from the corpus.

const shares = onBody('percentage-sum')
const parts = onBody('parts-total')
const counts = onBody('number-consistency')

describe('round 11: shares of one divided whole', () => {
  it('adds up shares after "dibagi" even when "sedangkan" sets the last one apart', () => {
    const body = 'Dana hibah dibagi ke dalam tiga bidang. Bidang seni memperoleh 45 persen, bidang olahraga 40 persen, sedangkan bidang sosial 30 persen.'
    expect(shares(body)).toHaveLength(1)
  })

  it('still leaves rates of two wholes set side by side', () => {
    expect(shares('Tingkat hunian hotel berbintang 78 persen, sedangkan hotel nonbintang 64 persen.')).toEqual([])
  })
})

describe('round 11: a whole referred back to and split', () => {
  it('reports parts in words that add up to more than the whole', () => {
    expect(parts('Dari 9 kelurahan tersebut, tiga kelurahan meraih predikat utama, empat kelurahan predikat madya, dan empat kelurahan predikat pratama.')).toEqual(['9 kelurahan'])
  })

  it('leaves parts that add up or fall short, and a partial list', () => {
    expect(parts('Dari 9 kelurahan tersebut, tiga kelurahan meraih predikat utama dan enam kelurahan predikat madya.')).toEqual([])
    expect(parts('Dari 9 kelurahan tersebut, dua kelurahan meraih predikat utama dan tiga kelurahan predikat madya.')).toEqual([])
    expect(parts('Dari 9 kelurahan itu, di antaranya lima kelurahan di utara dan enam kelurahan di selatan.')).toEqual([])
  })
})

describe('round 11: a small count restated with the lead total verb', () => {
  it('reports it against the lead total', () => {
    const body = 'Sebanyak 14 unit truk sampah dioperasikan mulai Senin.\n\nDengan 12 truk yang beroperasi, sampah diangkut dua kali sehari.'
    expect(counts(body)).toEqual(['12 truk'])
  })

  it('leaves a count described by another verb', () => {
    const body = 'Sebanyak 14 unit truk sampah dioperasikan mulai Senin.\n\nSebagian armada sudah tua, dan 3 truk yang rusak diperbaiki di bengkel dinas.'
    expect(counts(body)).toEqual([])
  })
})

describe('round 11: money written with another scale word or with swapped digits per unit', () => {
  const money = (body: string) => check('money-consistency', { title: 'Berita Kota', body, publishedAt: '2026-11-20' }).map((f) => f.excerpt)

  it('reports the same figure with another scale word', () => {
    expect(money('Pembangunan gedung menelan anggaran Rp4,7 miliar.\n\nPemenang tender meneken kontrak senilai Rp4,7 juta pada Oktober.')).toEqual(['Rp4,7 juta'])
  })

  it('reports a per-unit amount with swapped digits that no count multiplies to the total', () => {
    const body = 'Bantuan diberikan kepada 200 pedagang. Setiap pedagang menerima Rp2,5 juta.\n\nTotal bantuan mencapai Rp500 juta. Dengan bantuan Rp5,2 juta per pedagang, modal usaha diharapkan bertambah.'
    expect(money(body)).toEqual(['Rp5,2 juta'])
  })

  it('leaves a unit price beside a total with the same figure, and two unit amounts no total settles', () => {
    expect(money('Harga tiket Rp4,7 ribu per orang. Pendapatan pekan lalu Rp4,7 juta.')).toEqual([])
    expect(money('Siswa SD menerima Rp1,2 juta per tahun, sedangkan siswa SMP menerima Rp2,1 juta per tahun.')).toEqual([])
  })
})

describe('round 11: round figures and counts of origin', () => {
  it('leaves round amounts with another scale word and a count followed by its origin', () => {
    expect(check('money-consistency', { title: 'Berita Kota', body: 'Pemenang lomba mendapat hadiah Rp5 juta.\n\nFestival itu dibiayai anggaran Rp5 miliar.', publishedAt: '2026-11-20' })).toEqual([])
    expect(parts('Dari 30 peserta tersebut, 12 peserta berasal dari SD, 10 peserta dari SMP, dan 8 peserta dari SMA.')).toEqual([])
  })
})
