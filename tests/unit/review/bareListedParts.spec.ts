import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const parts = onBody('parts-total', 'Pekerjaan Rampung')
const opening = 'Pemerintah kota menuntaskan pekerjaan itu pada Senin (3/8/2026).'

// A slipped part spans the finding from the parts to the total (round 22's anchor).
describe('round 23: parts written as bare figures after their labels, then a total naming the noun (parts-total)', () => {
  it('reads number words after school names, the subject naming the noun', () => {
    const body = `${opening}\n\nRuang kelas yang direhabilitasi di SD Negeri Jetis berjumlah tiga, SD Negeri Ngupasan empat, dan SD Negeri Bumijo dua, dengan total 10 ruang kelas.`
    expect(parts(body)).toEqual(['10 ruang'])
  })

  it('reads digits after place names and "sebanyak"', () => {
    const body = `${opening}\n\nPeserta dari Kemantren Gondokusuman sebanyak 40, Kemantren Jetis 35, dan Kemantren Tegalrejo 30, sehingga total ada 115 peserta.`
    expect(parts(body)).toEqual(['40, Kemantren Jetis 35, dan Kemantren Tegalrejo 30, sehingga total ada 115 peserta'])
  })

  it('reads digits after weekdays, the total after "jumlahnya"', () => {
    const body = `${opening}\n\nKendaraan yang ditilang pada hari Senin 25, Selasa 31, dan Rabu 19, sehingga jumlahnya 80 kendaraan.`
    expect(parts(body)).toEqual(['31, dan Rabu 19, sehingga jumlahnya 80 kendaraan'])
  })

  it('reads a list of four with the total in the next sentence', () => {
    const body = `${opening}\n\nRelawan yang berjaga di posko utara 12, posko selatan 9, posko barat 8, dan posko timur 6. Jumlah seluruhnya 38 relawan.`
    expect(parts(body)).toEqual(['38 relawan'])
  })

  it('stays silent when the bare parts add up', () => {
    const body = `${opening}\n\nRuang kelas yang direhabilitasi di SD Negeri Jetis berjumlah tiga, SD Negeri Ngupasan empat, dan SD Negeri Bumijo dua, dengan total 9 ruang kelas.`
    expect(parts(body)).toEqual([])
  })

  it('stays silent on numbers in names', () => {
    const body = `${opening}\n\nSiswa dari SMP Negeri 5, SMP Negeri 8, dan SMP Negeri 11, dengan total 30 siswa, mengikuti lomba.`
    expect(parts(body)).toEqual([])
  })

  it('stays silent when no word before the figures names the total\'s noun', () => {
    const body = `${opening}\n\nDi Kemantren Jetis ada 12, Tegalrejo 9, dan Wirobrajan 8, sehingga total 31 titik.`
    expect(parts(body)).toEqual([])
  })

  it('stays silent on some of the parts', () => {
    const body = `${opening}\n\nPeserta antara lain dari Kemantren Gondokusuman sebanyak 40, Kemantren Jetis 35, dan Kemantren Tegalrejo 30, sehingga total ada 115 peserta.`
    expect(parts(body)).toEqual([])
  })

  it('stays silent on scores and neighbourhood numbers', () => {
    const body = `${opening}\n\nTim dari RW 03, RW 05, dan RW 07 menang 3-1, 2-0, dan 4-2, dengan total 12 gol.`
    expect(parts(body)).toEqual([])
  })
})
