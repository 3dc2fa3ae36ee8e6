import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const counts = onBody('number-consistency', 'Kegiatan Berjalan Lancar')
const opening = 'Pemerintah Kota Yogyakarta menggelar kegiatan bersama warga, Sabtu (10/10/2026).'

describe('round 22: a list of counts restated later as a whole with its sum\'s digits slipped (number-consistency)', () => {
  it('reports the whole referring back with a demonstrative, the sum\'s digits swapped', () => {
    const body = `${opening} Simulasi diikuti 312 siswa, 19 guru, dan 6 tenaga kependidikan.\n\nPetugas mencatat waktu evakuasi 3 menit.\n\nSimulasi yang melibatkan 373 peserta tersebut juga dihadiri relawan.`
    expect(counts(body)).toEqual(['373 peserta'])
  })

  it('reports a whole one digit off, described by a "yang" clause closed by "itu"', () => {
    const body = `${opening}\n\nPosko melayani 120 lansia dan 45 balita.\n\n"Antreannya tertib," kata petugas.\n\nKe-175 warga yang dilayani pagi itu mendapat makanan tambahan.`
    expect(counts(body)).toEqual(['175 warga'])
  })

  it('reports a list written as a run of places', () => {
    const body = `${opening}\n\nBantuan disalurkan kepada 64 keluarga di Jetis, 58 keluarga di Tegalrejo, dan 41 keluarga di Gondokusuman.\n\nSeluruh 136 penerima tersebut juga didata ulang.`
    expect(counts(body)).toEqual(['136 penerima'])
  })

  it('reports a whole of two items paragraphs apart', () => {
    const body = `${opening}\n\nLomba diikuti 27 tim putra dan 18 tim putri.\n\nPanitia menyiapkan dua lapangan.\n\nWasit memimpin laga 54 regu itu secara bergantian.`
    expect(counts(body)).toEqual(['54 regu'])
  })

  it('stays silent when the whole adds up', () => {
    const body = `${opening} Simulasi diikuti 312 siswa, 19 guru, dan 6 tenaga kependidikan.\n\nSimulasi yang melibatkan 337 peserta tersebut juga dihadiri relawan.`
    expect(counts(body)).toEqual([])
  })

  it('stays silent on a later count that does not refer back', () => {
    const body = `${opening} Simulasi diikuti 312 siswa, 19 guru, dan 6 tenaga kependidikan.\n\nTahun depan simulasi akan melibatkan 373 peserta dari tiga sekolah.`
    expect(counts(body)).toEqual([])
  })

  it('stays silent when the figure is far from the sum', () => {
    const body = `${opening}\n\nPosko melayani 120 lansia dan 45 balita.\n\nKe-60 warga yang dilayani pagi itu mendapat makanan tambahan.`
    expect(counts(body)).toEqual([])
  })

  it('leaves the noun\'s own earlier count to the other checks', () => {
    const body = `${opening}\n\nKegiatan diikuti 40 peserta, terdiri atas 30 pelajar dan 10 guru.\n\nPara 40 peserta tersebut mendapat sertifikat.`
    expect(counts(body)).toEqual([])
  })
})
