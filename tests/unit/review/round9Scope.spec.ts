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

describe('round 9 (phase 2): later restatements of a count', () => {
  it('reports a count framed as the whole that differs from the confirmed lead count', () => {
    const body = 'DPUPKP memperbaiki saluran di 27 titik rawan genangan.\n\nKepala dinas menyebut seluruh pekerjaan di 29 titik dibiayai APBD Perubahan.'
    expect(excerpts('number-consistency', { title: 'DPUPKP Perbaiki Saluran di 27 Titik', body })).toEqual(['29 titik'])
  })

  it('reports an earlier count with its digits reordered, coordinated or not', () => {
    const body = 'RTH dibuka Senin (12/10).\n\nKepala bidang mengatakan RTH ditanami 1.250 pohon dan tanaman perdu.\n\nDua petugas merawat 1.520 pohon dan tanaman di lokasi tersebut.'
    expect(excerpts('number-consistency', { title: 'RTH Baru Dibuka', body })).toEqual(['1.520 pohon'])
  })

  it('leaves a target, and items of one breakdown, alone', () => {
    const target = 'Dishub menerapkan parkir nontunai di 24 titik.\n\nDishub menargetkan seluruh 212 titik parkir memakai pembayaran nontunai pada 2027.'
    expect(excerpts('number-consistency', { title: 'Parkir Nontunai di 24 Titik', body: target })).toEqual([])
    const items = 'Bantuan dibagikan Senin (12/10).\n\nPenerima di Kricak 268 orang, Bener 142 orang, dan Tegalrejo 214 orang.'
    expect(excerpts('number-consistency', { title: 'Bantuan Dibagikan', body: items })).toEqual([])
  })
})
