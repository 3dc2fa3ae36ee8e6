import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const relative = (body: string, title = 'Berita Kota') => warnings('relative-time', { title, body, publishedAt: '2026-07-24' })

describe('relative-time: "ini" after a compound named with a time of day is its demonstrative (round 23)', () => {
  it('stays silent when the article names the thing "<noun> malam/pagi/sore" elsewhere', () => {
    expect(relative('Program wisata museum malam ini menawarkan tur dengan senter.\n\nTiket museum malam dijual Rp15.000.')).toEqual([])
    expect(relative('Pedagang pasar sore mengeluhkan parkir. Pasar sore ini buka sejak 2019 di halaman kelurahan.')).toEqual([])
    expect(relative('Sekolah malam itu dibuka relawan kampung.', 'Sekolah Malam Ini Ajak Buruh Gendong Belajar Membaca')).toEqual([])
    expect(relative('Kelas pagi ini diikuti 30 lansia. Setiap kelas pagi berlangsung dua jam di balai RW.')).toEqual([])
  })

  it('still reports tonight or this morning without such a compound', () => {
    expect(relative('Museum Sonobudoyo buka hingga pukul 21.00 WIB malam ini.')).toEqual(['malam ini'])
    expect(relative('Pawai obor digelar malam ini dari Alun-alun Utara.')).toEqual(['malam ini'])
    expect(relative('Pasar dibuka pagi ini. Pasar itu ramai sejak pagi hari.')).toEqual(['pagi ini'])
    expect(relative('Tur malam dibatasi 25 orang. Tur dimulai malam ini pukul 19.00 WIB.')).toEqual(['malam ini'])
  })
})
