import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const shares = (...paragraphs: string[]) => excerpts('number-consistency', { title: 'Rapat Kota', body: paragraphs.join('\n\n'), publishedAt: '2026-04-03' })
const middle = 'Rapat dihadiri perwakilan Bank Indonesia dan Badan Pusat Statistik.'

describe('number-consistency: a share restated with its digits swapped, without a demonstrative (round 21)', () => {
  it('reports the later share naming the same thing with two common words, whatever comes between', () => {
    expect(shares('Inflasi bulanan tercatat 0,46 persen, sedangkan inflasi tahunan sebesar 2,31 persen.', middle, 'Inflasi tahunan Kota Yogyakarta sebesar 2,13 persen masih dalam sasaran.')).toEqual(['2,13 persen'])
    expect(shares('Capaian imunisasi dasar lengkap mencapai 87 persen pada akhir Maret.', middle, 'Menurut Kepala Dinas Kesehatan, imunisasi dasar di Kemantren Jetis ikut mendorong capaian 78 persen itu.')).toEqual(['78 persen'])
    expect(shares('Selama libur Lebaran, tingkat hunian hotel berbintang mencapai 64 persen.', middle, 'Dengan tingkat hunian hotel 46 persen, pengelola menambah promosi.')).toEqual(['46 persen'])
    expect(shares('Serapan anggaran pembangunan jalan baru 35,2 persen.', middle, 'T: Berapa serapan anggaran sekarang?\nJ: Serapan anggaran kami 32,5 persen.')).toEqual(['32,5 persen'])
  })

  it('stays silent on another figure not swapped, another time or change, one shared word, or two shares in one sentence', () => {
    expect(shares('Inflasi tahunan sebesar 2,31 persen.', middle, 'Inflasi tahunan Kota Yogyakarta sebesar 2,35 persen.')).toEqual([])
    expect(shares('Inflasi tahunan sebesar 2,31 persen.', middle, 'Tahun lalu inflasi tahunan sebesar 2,13 persen.')).toEqual([])
    expect(shares('Tingkat hunian hotel mencapai 64 persen.', middle, 'Tingkat pengangguran turun ke 46 persen dari target.')).toEqual([])
    expect(shares('Inflasi tahunan sebesar 2,31 persen.', middle, 'Di provinsi lain inflasi tahunan sebesar 2,13 persen.')).toEqual([])
    expect(shares('Inflasi tahunan kota sebesar 2,31 persen, sedangkan inflasi tahunan nasional 2,13 persen.')).toEqual([])
  })
})
