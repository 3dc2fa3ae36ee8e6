import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const parts = onBody('parts-total', 'Bantuan Disalurkan')
const opening = 'Pemerintah kota menyalurkan bantuan di pendapa kemantren, Selasa (17/3/2026).'

describe('round 23: a counted group each given a count, then a total that is not their product (parts-total)', () => {
  it('reads "yang masing-masing menerima" and a total in the same sentence', () => {
    const body = `${opening} Bantuan diberikan kepada 14 kelompok lansia yang masing-masing menerima 50 paket, sehingga total yang disalurkan mencapai 750 paket.`
    expect(parts(body)).toEqual(['750 paket'])
  })

  it('reads counts in words and a total in the next sentence', () => {
    const body = `${opening}\n\nDinas menyiapkan enam posko yang masing-masing dijaga delapan relawan. Jumlah relawan yang bertugas 52 relawan.`
    expect(parts(body)).toEqual(['52 relawan'])
  })

  it('reads a comma before "masing-masing" with no verb', () => {
    const body = `${opening}\n\nBibit dibagikan ke 12 kelompok tani, masing-masing 150 bibit. Total bibit yang dibagikan 1.650 bibit.`
    expect(parts(body)).toEqual(['1.650 bibit'])
  })

  it('reads a count in words opening the sentence and a "seluruhnya" total', () => {
    const body = `${opening}\n\nSembilan sekolah dasar masing-masing memperoleh 30 kursi, seluruhnya 300 kursi.`
    expect(parts(body)).toEqual(['300 kursi'])
  })

  it('stays silent when the total is the product', () => {
    const body = `${opening} Bantuan diberikan kepada 14 kelompok lansia yang masing-masing menerima 50 paket, sehingga total yang disalurkan mencapai 700 paket.`
    expect(parts(body)).toEqual([])
  })

  it('stays silent when the total counts another noun', () => {
    const body = `${opening} Bantuan diberikan kepada 14 kelompok lansia yang masing-masing menerima 50 paket, sehingga total penerima mencapai 750 orang.`
    expect(parts(body)).toEqual([])
  })

  it('stays silent when the total includes more than the groups', () => {
    const body = `${opening} Bantuan diberikan kepada 14 kelompok lansia yang masing-masing menerima 50 paket, sehingga total 750 paket termasuk cadangan.`
    expect(parts(body)).toEqual([])
  })

  it('stays silent on a total compared with a target', () => {
    const body = `${opening} Bantuan diberikan kepada 14 kelompok lansia yang masing-masing menerima 50 paket. Totalnya melampaui target 750 paket.`
    expect(parts(body)).toEqual([])
  })

  it('stays silent on a total of another scope far from the product', () => {
    const body = `${opening} Bantuan diberikan kepada 14 kelompok lansia yang masing-masing menerima 50 paket. Total paket tahun ini 2.400 paket.`
    expect(parts(body)).toEqual([])
  })
})
