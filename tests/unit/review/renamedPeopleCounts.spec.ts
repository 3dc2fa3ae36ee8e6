import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const counts = (title: string, body: string, lead?: string) => excerpts('number-consistency', { title, lead, body, publishedAt: '2026-10-12' })

describe('round 23: a count of people in "jiwa"/"orang" restated later under the people word its sentence named, mistyped (number-consistency)', () => {
  it('reports the later count of the named people with the digits swapped', () => {
    const body = 'Jumlah warga yang mengungsi akibat banjir bertambah menjadi 124 jiwa, Selasa (6/10/2026) malam.\n\nPengungsi ditempatkan di tiga lokasi.\n\nBPBD mencatat 142 warga mengungsi hingga malam itu, sebagian besar anak-anak.'
    expect(counts('Pengungsi Banjir Bertambah', body)).toEqual(['142 warga'])
  })

  it('reads "orang" in a lead field and one digit changed', () => {
    const lead = 'Pemudik yang memanfaatkan mudik gratis pemerintah kota tahun ini sebanyak 356 orang, Jumat (9/10/2026).'
    const body = 'Bus berangkat dari halaman balai kota.\n\nPanitia menyebut 386 pemudik sudah tiba di kampung halaman dengan selamat.'
    expect(counts('Mudik Gratis Diminati', body, lead)).toEqual(['386 pemudik'])
  })

  it('reads the people word after the counter in the headline', () => {
    const body = 'Korban keracunan makanan hajatan di Kampung Badran dirawat di puskesmas, Minggu (11/10/2026).\n\nDinas kesehatan mencatat 72 warga mengalami mual dan muntah setelah hajatan.'
    expect(counts('Warga Badran Keracunan Hajatan, 27 Orang Dirawat', body)).toEqual(['72 warga'])
  })

  it('reads a later paragraph\'s count of patients', () => {
    const body = 'Puskesmas melayani 215 jiwa pasien selama pekan pertama layanan malam, Senin (5/10/2026).\n\nKepala puskesmas menyebut 251 pasien tersebut kebanyakan pekerja.'
    expect(counts('Layanan Malam Puskesmas Diminati', body)).toEqual(['251 pasien'])
  })

  it('stays silent when the later figure is the counter\'s', () => {
    const body = 'Jumlah warga yang mengungsi bertambah menjadi 124 jiwa, Selasa (6/10/2026).\n\nBPBD mencatat 124 warga mengungsi hingga malam itu.'
    expect(counts('Pengungsi Banjir Bertambah', body)).toEqual([])
  })

  it('stays silent when the people word is not named with the counter', () => {
    const body = 'Banjir merendam kampung, dan 124 jiwa mengungsi, Selasa (6/10/2026).\n\nSebanyak 142 relawan membantu evakuasi.'
    expect(counts('Pengungsi Banjir Bertambah', body)).toEqual([])
  })

  it('stays silent on a count of another time or part', () => {
    const body = 'Jumlah warga yang mengungsi bertambah menjadi 124 jiwa, Selasa (6/10/2026).\n\nTahun lalu 142 warga mengungsi. Di antaranya 12 warga lansia.'
    expect(counts('Pengungsi Banjir Bertambah', body)).toEqual([])
  })

  it('stays silent on a counter that is a part of the people counted beside it, and on a past year before a comma', () => {
    const body = 'Pelatihan diikuti 60 peserta dalam dua kejuruan, yakni barista 28 orang dan tata boga 32 orang, Senin (5/10/2026).\n\nTahun lalu, dari 48 peserta yang mengikuti uji kompetensi, 44 orang dinyatakan kompeten.'
    expect(counts('Pelatihan Barista Dibuka', body)).toEqual([])
  })

  it('stays silent on a count of things', () => {
    const body = 'Jumlah warga yang mengungsi bertambah menjadi 124 jiwa dari 42 rumah, Selasa (6/10/2026).\n\nPetugas mendata 24 rumah rusak.'
    expect(counts('Pengungsi Banjir Bertambah', body)).toEqual([])
  })
})
