import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

// Round 11: one sales line of a headline is one clickbait finding. None of the examples is taken from the corpus.

const bait = (title: string) => excerpts('clickbait', { title, body: 'Pasar dibuka pukul 06.00 WIB.', publishedAt: '2026-11-20' })

describe('round 11: a teaser after a surprise or a hook continues it', () => {
  it('stretches a reaction opener over the teaser and the "bikin" promise after it', () => {
    expect(bait('Pedagang Heran, Ternyata Ini yang Bikin Harga Cabai Turun')).toEqual(['Pedagang Heran, Ternyata Ini yang Bikin Harga'])
    expect(bait('Di Luar Dugaan, Lampion Kampung Ini Bikin Wisatawan Betah')).toEqual(['Di Luar Dugaan, Lampion Kampung Ini Bikin Wisatawan'])
  })

  it('keeps an opener of the word list and a teaser apart, and a lone marker as it was', () => {
    expect(bait('Wow, Ternyata Ini Jadwal Bus Sekolah Baru')).toEqual(['Wow', 'Ternyata Ini'])
    expect(bait('Kue Tradisional yang Bikin Penasaran Pengunjung Bazar')).toEqual(['yang Bikin Penasaran'])
  })

  it('leaves a factual Title Case headline alone', () => {
    expect(bait('Pemkot Salurkan 1.200 Paket Bahan Pokok untuk Warga Lansia')).toEqual([])
  })
})
