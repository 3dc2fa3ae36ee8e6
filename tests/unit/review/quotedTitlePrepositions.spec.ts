import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const quotes = (body: string) => warnings('unattributed-quote', { title: 'Berita Kota', body, publishedAt: '2026-02-10' })

describe('unattributed-quote: a quoted title keeps its prepositions in lower case (round 22)', () => {
  it('reads a Title Case name with "sebagai", "menuju", "tanpa" … as a name, not a quotation', () => {
    expect(quotes('Lomba tahun ini diikuti 97 karya. Tema yang diangkat adalah "Kampung sebagai Wajah Kota".')).toEqual([])
    expect(quotes('Kegiatan dibuka pukul 07.00 WIB.\n\nSeluruh rangkaian mengusung semangat "Jogja menuju Nol Sampah" yang dicanangkan sejak Januari.')).toEqual([])
    expect(quotes('Pawai diikuti 40 bregada. Panitia memasang spanduk "Hidup Rukun tanpa Sekat" di sepanjang Malioboro.')).toEqual([])
    expect(quotes('Gelar wicara bertema diskusi publik berlangsung dua jam, dengan pengantar "Belajar Bersama tentang Literasi Digital".')).toEqual([])
  })

  it('still reports a quoted sentence no one is named for', () => {
    expect(quotes('Warga antre sejak pagi.\n\n"Kami menunggu bantuan sebagai ganti rumah yang rusak."')).toHaveLength(1)
    expect(quotes('Pasar ramai.\n\n"Harga cabai naik tanpa pemberitahuan, kami bingung."')).toHaveLength(1)
    expect(quotes('Hujan turun deras.\n\n"Kami berjalan menuju posko sebagai satu keluarga."')).toHaveLength(1)
    expect(quotes('Lomba digelar. Tema yang diangkat adalah "Kampung sebagai Wajah Kota", kata panitia.')).toEqual([])
  })
})
