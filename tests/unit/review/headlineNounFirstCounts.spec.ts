import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const counts = (title: string, body: string, lead?: string) => excerpts('number-consistency', { title, lead, body, publishedAt: '2026-10-12' })

describe('round 23: a headline count naming its noun before the figure ("Kasus DBD Capai 78") (number-consistency)', () => {
  it('reports the headline against the opening count with the digits swapped', () => {
    const body = 'Dinas Kesehatan mencatat 87 kasus demam berdarah sejak Januari hingga akhir Februari 2026.\n\nWarga diminta menguras bak mandi.'
    expect(counts('Kasus DBD Capai 78 Sejak Awal Tahun', body)).toEqual(['Kasus DBD Capai 78'])
  })

  it('reads "Tembus" and a thousands figure against a lead field', () => {
    const lead = 'Sebanyak 1.520 pengunjung memadati alun-alun pada hari pertama Sekaten.'
    expect(counts('Pengunjung Sekaten Tembus 1.250 pada Hari Pertama', 'Panitia menambah petugas parkir.', lead)).toEqual(['Pengunjung Sekaten Tembus 1.250'])
  })

  it('reads "Bertambah Jadi" closing the headline', () => {
    const body = 'Jumlah warga yang mengungsi akibat banjir bertambah, Selasa (6/10/2026). BPBD mencatat 69 pengungsi di dua lokasi.'
    expect(counts('Pengungsi Banjir Bertambah Jadi 96', body)).toEqual(['Pengungsi Banjir Bertambah Jadi 96'])
  })

  it('reads "Mencapai" and one digit changed', () => {
    const body = 'Jalan sehat hari jadi kota diikuti 4.300 peserta, Minggu (11/10/2026). Peserta berangkat dari balai kota.'
    expect(counts('Peserta Jalan Sehat Mencapai 3.400', body)).toEqual(['Peserta Jalan Sehat Mencapai 3.400'])
  })

  it('stays silent when the body gives the same figure', () => {
    const body = 'Dinas Kesehatan mencatat 78 kasus demam berdarah sejak Januari.'
    expect(counts('Kasus DBD Capai 78 Sejak Awal Tahun', body)).toEqual([])
  })

  it('stays silent when a noun follows the figure, a share or an approximation', () => {
    const body = 'Dinas Kesehatan mencatat 87 kasus demam berdarah sejak Januari.'
    expect(counts('Kasus DBD Naik 78 Persen', body)).toEqual([])
    expect(counts('Kasus DBD Capai Hampir 80', body)).toEqual([])
  })

  it('stays silent on a place narrowing the headline noun', () => {
    const body = 'Dinas Kesehatan mencatat 87 kasus demam berdarah sejak Januari di seluruh kota.'
    expect(counts('Kasus DBD di Umbulharjo Capai 78', body)).toEqual([])
  })

  it('stays silent on a year after the verb', () => {
    const body = 'Sebanyak 87 kasus demam berdarah tercatat tahun ini.'
    expect(counts('Target Bebas Kasus DBD Tercapai 2026', body)).toEqual([])
  })
})
