import { describe, expect, it } from 'vitest'

import { excerpts, onBody } from './helpers'

const parts = onBody('parts-total', 'Pekerjaan Rampung')
const opening = 'Pemerintah kota menuntaskan pekerjaan itu pada Senin (3/8/2026).'

// A slipped part spans the finding from the parts to the total (round 22's anchor).
describe('round 23: a total in a unit of measure after its parts (parts-total)', () => {
  it('reads volumes handed to places, the total closing their sentence', () => {
    const body = `${opening}\n\nTangki pertama menampung 6.500 liter, tangki kedua 4.000 liter, dan tangki ketiga 3.500 liter, sehingga total air yang tersimpan 15.000 liter.`
    expect(parts(body)).toEqual(['6.500 liter, tangki kedua 4.000 liter, dan tangki ketiga 3.500 liter, sehingga total air yang tersimpan 15.000 liter'])
  })

  it('reads lengths with decimals, the total in the next sentence', () => {
    const body = `${opening}\n\nRuas Jalan Kenari diaspal sepanjang 2,4 kilometer dan Jalan Melati 1,8 kilometer. Total panjang jalan yang diaspal mencapai 5,2 kilometer.`
    expect(parts(body)).toEqual(['5,2 kilometer'])
  })

  it('reads areas after their labels, the total after "seluruhnya", a paragraph after the opening', () => {
    const body = `${opening}\n\nLahan yang ditanami padi 12 hektare, jagung 7,5 hektare, serta kedelai 3 hektare, seluruhnya 24,5 hektare.`
    expect(parts(body)).toEqual(['12 hektare, jagung 7,5 hektare, serta kedelai 3 hektare, seluruhnya 24,5 hektare'])
  })

  it('reads weights in the lead, the short unit folded into the long one', () => {
    const found = excerpts('parts-total', {
      title: 'Sampah Pasar Diangkut',
      lead: 'Petugas mengangkut sampah dari Pasar Beringharjo sebanyak 3.200 kg dan dari Pasar Kranggan 2.600 kilogram, dengan jumlah 6.800 kg.',
      body: opening,
      publishedAt: '2026-10-12',
    })
    expect(found).toEqual(['3.200 kg dan dari Pasar Kranggan 2.600 kilogram, dengan jumlah 6.800 kg'])
  })

  it('reads lengths of places in a quote-free report sentence, the total after "dengan total"', () => {
    const body = `${opening}\n\nTalud di Kelurahan Wirobrajan dibangun sepanjang 90 meter, di Kelurahan Pakuncen 75 meter, dan di Kelurahan Patangpuluhan 60 meter, dengan total 245 meter.`
    expect(parts(body)).toEqual(['75 meter, dan di Kelurahan Patangpuluhan 60 meter, dengan total 245 meter'])
  })

  it('stays silent when the parts add up, decimals included', () => {
    const body = `${opening}\n\nRuas Jalan Kenari diaspal sepanjang 2,4 kilometer dan Jalan Melati 1,8 kilometer. Total panjang jalan yang diaspal mencapai 4,2 kilometer.`
    expect(parts(body)).toEqual([])
  })

  it('stays silent on quantities for each item', () => {
    const body = `${opening}\n\nTangki besar masing-masing berisi 5.000 liter dan tangki kecil 3.000 liter, dengan total 16.000 liter.`
    expect(parts(body)).toEqual([])
  })

  it('stays silent on some of the parts', () => {
    const body = `${opening}\n\nTalud dibangun antara lain di Kelurahan Wirobrajan sepanjang 90 meter dan di Kelurahan Pakuncen 75 meter, dengan total 245 meter.`
    expect(parts(body)).toEqual([])
  })

  it('stays silent on a total compared with a target', () => {
    const body = `${opening}\n\nTalud dibangun di Kelurahan Wirobrajan sepanjang 90 meter dan di Kelurahan Pakuncen 75 meter, totalnya melampaui target 150 meter.`
    expect(parts(body)).toEqual([])
  })

  it('stays silent on a total in another unit', () => {
    const body = `${opening}\n\nBantuan berupa 12 ton beras dan 8 ton gula, dengan total 2.000 kilogram minyak goreng.`
    expect(parts(body)).toEqual([])
  })

  it('stays silent on parts two sentences before the total', () => {
    const body = `${opening}\n\nTalud di Kelurahan Wirobrajan dibangun sepanjang 90 meter dan di Kelurahan Pakuncen 75 meter. Pekerjaan dimulai Maret lalu. Total talud di kota ini kini 2.450 meter.`
    expect(parts(body)).toEqual([])
  })
})
