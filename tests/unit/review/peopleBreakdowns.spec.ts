import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const totals = (...paragraphs: string[]) => excerpts('parts-total', { title: 'Berita Kota', body: paragraphs.join('\n\n'), publishedAt: '2026-03-04' })
const quote = '"Kami terus memantau keadaan di lapangan," kata petugas.'

describe('parts-total: people broken down by kind under an earlier count of people (round 21)', () => {
  it('compares the kinds with the last earlier count of people, paragraphs apart and under another noun', () => {
    expect(totals('Banjir merendam 30 rumah di Kampung Ledok Tukangan dan 52 jiwa mengungsi ke masjid.', quote, 'Pengungsi terdiri atas 20 laki-laki, 18 perempuan, dan 12 anak-anak.')).toEqual(['52 jiwa'])
    expect(totals('Pelatihan barista diikuti 40 orang dari lima kelurahan.', quote, 'Peserta pelatihan terdiri dari 15 siswi SMK, 12 ibu rumah tangga, dan 8 pemuda karang taruna.')).toEqual(['40 orang'])
    expect(totals('Pemkot menyerahkan beasiswa kepada 120 pelajar berprestasi.', 'Para penerima beasiswa terdiri atas 45 siswa SD, 40 siswa SMP, dan 30 siswa SMA.')).toEqual(['120 pelajar'])
    expect(totals('Sebanyak 17 warga Kampung Jogoyudan keracunan makanan hajatan, Sabtu (28/2/2026).', quote, 'Dokter menyebut korban terdiri atas 3 balita, 5 lansia, dan 10 orang dewasa.', 'Semua korban sudah pulang.')).toEqual(['17 warga'])
    expect(totals('Sebanyak 17 warga Kampung Jogoyudan keracunan makanan hajatan.', quote, 'Korban terdiri atas 3 balita, 5 lansia, dan 10 orang dewasa.')).toEqual(['17 warga'])
  })

  it('stays silent when the kinds add up, are no people, are far from the count, or the count is of no people', () => {
    expect(totals('Banjir merendam 30 rumah dan 50 jiwa mengungsi.', quote, 'Pengungsi terdiri atas 20 laki-laki, 18 perempuan, dan 12 anak-anak.')).toEqual([])
    expect(totals('Sebanyak 52 jiwa mengungsi.', quote, 'Bantuan terdiri atas 20 paket sembako, 18 selimut, dan 12 tikar.')).toEqual([])
    expect(totals('Kelurahan itu dihuni 5.000 warga.', quote, 'Pengungsi terdiri atas 20 laki-laki, 18 perempuan, dan 12 anak-anak.')).toEqual([])
    expect(totals('Banjir merendam 52 rumah di bantaran sungai.', quote, 'Pengungsi terdiri atas 20 laki-laki, 18 perempuan, dan 12 anak-anak.')).toEqual([])
  })
})
