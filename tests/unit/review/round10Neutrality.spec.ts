import { describe, expect, it } from 'vitest'

import { excerpts, onBody } from './helpers'

// Round 10: whole groups of business people, teaser headlines, fixed terms. None of the examples is taken from the corpus.

const gen = onBody('generalisation')

describe('round 10: generalisation about business people and their progress', () => {
  it('reports progress or benefit claimed for a whole group', () => {
    expect(gen('Kini seluruh pelaku UMKM di Kota Yogyakarta telah memanfaatkan pembayaran digital.')).toEqual(['seluruh pelaku UMKM di Kota Yogyakarta telah memanfaatkan'])
    expect(gen('Semua pedagang kini sudah melek digital.')).toEqual(['Semua pedagang kini sudah melek'])
    expect(gen('Seluruh perajin batik di kampung itu merasakan dampak positif festival.')).toEqual(['Seluruh perajin batik di kampung itu merasakan dampak'])
    expect(gen('Omzet seluruh pelaku UMKM meningkat sejak pasar dibuka.')).toEqual(['Omzet seluruh pelaku UMKM meningkat'])
  })

  it('leaves a restrictive clause, an appeal, a possibility and reported speech', () => {
    expect(gen('Seluruh pelaku UMKM yang telah memanfaatkan QRIS mendapat pendampingan.')).toEqual([])
    expect(gen('Seluruh pelaku UMKM diimbau segera memanfaatkan layanan ini.')).toEqual([])
    expect(gen('Seluruh pemilik warung dapat memanfaatkan pelatihan ini.')).toEqual([])
    expect(gen('Menurut survei dinas, seluruh pelaku usaha kini telah memanfaatkan QRIS.')).toEqual([])
  })
})

const bait = (title: string) => excerpts('clickbait', { title, body: 'Isi berita.', publishedAt: '2026-10-12' })

describe('round 10: headlines that hook the reader', () => {
  it('reports a warning against a mistake or a loss, wherever it stands in the headline', () => {
    expect(bait('Awas Tertipu Calo Tiket Stadion')).toEqual(['Awas Tertipu Calo'])
    expect(bait('Biar Tidak Kehabisan Kuota, Daftar Bazar Sejak Pagi')).toEqual(['Biar Tidak Kehabisan Kuota'])
  })

  it('reports a look-or-note verb opening a later clause and a question to the reader, as one finding', () => {
    expect(bait('Supaya Tak Terlambat, Cek Jam Buka Kantor Pajak')).toEqual(['Supaya Tak Terlambat, Cek Jam'])
    expect(bait('Ingin Jadi Relawan Bencana? Perhatikan Syaratnya')).toEqual(['Ingin Jadi Relawan Bencana? Perhatikan Syaratnya'])
    expect(bait('Sudah Tahu? Layanan Akta Kini Bisa Daring')).toEqual(['Sudah Tahu?'])
    expect(bait('Catat! Jadwal Pemadaman Listrik Pekan Ini')).toEqual(['Catat!'])
  })

  it('reports a prohibition against a mistake as a hook, and leaves it to call-to-action when shouted with "!"', () => {
    expect(bait('Jadwal Bus Kota Berubah, Jangan Sampai Keliru Turun')).toEqual(['Jangan Sampai Keliru Turun'])
    const shouted = 'Jangan Sampai Tertipu! Ini Ciri Tiket Resmi'
    expect(bait(shouted).filter((e) => e.startsWith('Jangan'))).toEqual([])
    expect(excerpts('call-to-action', { title: shouted, body: 'Isi berita.', publishedAt: '2026-10-12' })).toEqual(['Jangan Sampai Tertipu'])
  })

  it('leaves orders, public health alerts and headlines opening with a purpose', () => {
    expect(bait('Jangan Bakar Sampah, Pemkot Siapkan Sanksi')).toEqual([])
    expect(bait('Waspada DBD, Dinkes Gelar Fogging di Tiga Kelurahan')).toEqual([])
    expect(bait('Pastikan Stok Aman, Wali Kota Sidak Pasar')).toEqual([])
    expect(bait('Dinas Catat 12 Titik Rawan Banjir')).toEqual([])
  })
})

const puff = onBody('puffery')

describe('round 10: fixed phrases are not praise', () => {
  it('leaves offices with luar biasa and superlatives of effort or choice', () => {
    expect(puff('Wali Kota menerima kunjungan duta besar luar biasa dan berkuasa penuh dari Belanda.')).toEqual([])
    expect(puff('Ia diangkat sebagai dosen luar biasa di fakultas hukum.')).toEqual([])
    expect(puff('Panitia berusaha memberikan yang terbaik bagi peserta.')).toEqual([])
    expect(puff('Rapat itu mencari solusi terbaik bagi pedagang yang direlokasi.')).toEqual([])
  })

  it('still reports praise in the writer\'s voice', () => {
    expect(puff('Antusiasme warga luar biasa.')).toEqual(['luar biasa'])
    expect(puff('Dinas memberikan pelayanan yang terbaik bagi warga.')).toEqual(['terbaik'])
  })
})
