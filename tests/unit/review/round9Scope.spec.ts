import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

describe('round 9: number-consistency compares counts of one scope', () => {
  it('does not set a headline total against a body count of a sub-group the headline does not name', () => {
    const title = '120 Pedagang Pasar Beringharjo Terima Bantuan Modal'
    expect(excerpts('number-consistency', { title, body: 'Bantuan modal diserahkan Senin (12/10). Sebanyak 45 pedagang sayur di los timur menerima lebih dulu.' })).toEqual([])
    expect(excerpts('number-consistency', { title, body: 'Penerima bantuan, di antaranya 30 pedagang, berjualan sejak 1990.' })).toEqual([])
    expect(excerpts('number-consistency', { title, body: 'Tahun lalu bantuan serupa diterima 80 pedagang.' })).toEqual([])
    expect(excerpts('number-consistency', { title: '50 Siswa Lolos Seleksi Beasiswa', body: 'Seleksi diikuti 300 siswa yang mendaftar sejak Mei.' })).toEqual([])
  })

  it('still compares counts whose scope agrees, and figures that look mistyped', () => {
    expect(excerpts('number-consistency', { title: '120 Pedagang Pasar Terima Bantuan', body: 'Sebanyak 100 pedagang pasar menerima bantuan modal.' })).toEqual(['120 Pedagang'])
    expect(excerpts('number-consistency', { title: '4 Rumah di Gowongan Terdampak Longsor', body: 'Longsor membuat tiga rumah warga terdampak.' })).toEqual(['4 Rumah'])
    expect(excerpts('number-consistency', { title: 'Tim Gabungan Evakuasi 27 Warga Rusunawa', body: 'Tim mengevakuasi 72 warga penghuni lantai dasar.' })).toEqual(['27 Warga'])
  })
})

describe('round 9 (phase 2): a headline figure the body gives another way', () => {
  it('agrees with the same figure counting the headline\'s second word, or given bare after a count of the noun', () => {
    expect(excerpts('number-consistency', { title: 'Kontingen Juara Umum dengan 87 Medali Emas', body: 'Kontingen meraih 222 medali, terdiri atas 87 emas, 64 perak, dan 71 perunggu.' })).toEqual([])
    expect(excerpts('number-consistency', { title: 'Pasar Rampung, 340 Los Sudah Terisi', body: 'Pasar memiliki 356 los, 340 sudah terisi oleh pedagang lama.' })).toEqual([])
  })

  it('still reports a bare figure that counts another noun or a unit', () => {
    expect(excerpts('number-consistency', { title: 'Pasar Rampung, 340 Los Sudah Terisi', body: 'Pasar memiliki 356 los, 340 pedagang mendaftar.' })).toEqual(['340 Los'])
  })
})
