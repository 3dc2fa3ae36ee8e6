import { describe, expect, it } from 'vitest'

import { parseNumberWords } from '@/review/numberWords'

import { excerpts } from './helpers'

// Round 8 (issue 11): counts compared by structure. None of the examples is taken from the corpus.

describe('numerals written as words', () => {
  it('parses units, teens, tens and hundreds', () => {
    expect(parseNumberWords('tiga')).toBe(3)
    expect(parseNumberWords('sebelas')).toBe(11)
    expect(parseNumberWords('dua belas')).toBe(12)
    expect(parseNumberWords('dua puluh lima')).toBe(25)
    expect(parseNumberWords('Seratus')).toBe(100)
    expect(parseNumberWords('tiga ratus')).toBe(300)
  })

  it('a headline figure against the body written in words', () => {
    const body = 'Angin kencang merusak lima kios di Pasar Sore, Senin (2/3/2026). Dua kios lain rusak ringan.'
    expect(excerpts('number-consistency', { title: '6 Kios Rusak Diterjang Angin', body })).toEqual(['6 Kios'])
    expect(excerpts('number-consistency', { title: '7 Kios Rusak Diterjang Angin', body })).toEqual([])
  })

  it('the same figure in words and digits agrees', () => {
    const body = 'Pemeriksaan menemukan delapan kasus baru di dua kelurahan. Sebanyak 8 orang langsung berobat.'
    expect(excerpts('number-consistency', { title: 'Pemeriksaan Temukan 8 Kasus Baru', body })).toEqual([])
  })

  it('"salah satu" is not a count', () => {
    const body = 'Salah satu kios yang rusak milik Wagiman. Sebanyak 4 kios ditutup.'
    expect(excerpts('number-consistency', { title: '4 Kios Ditutup', body })).toEqual([])
  })
})

describe('number-consistency: acronyms, framing, names and years', () => {
  it('an acronym is a counted noun', () => {
    const body = 'Bupati melantik 212 ASN baru, Jumat (3/4/2026). Sebanyak 221 ASN itu bertugas di puskesmas.'
    // Since round 13 the body's reference back ("221 ASN itu") with the digits of its one earlier count swapped is reported.
    expect(excerpts('number-consistency', { title: 'Bupati Lantik 212 ASN Baru', body })).toEqual(['221 ASN'])
    expect(excerpts('number-consistency', { title: 'Bupati Lantik 221 ASN Baru', body: 'Bupati melantik 212 ASN baru, Jumat (3/4/2026).' })).toEqual(['221 ASN'])
  })

  it('a figure the body gives with "mencapai" is the same figure', () => {
    const body = 'Tiap kelurahan menerima 300 bibit, sehingga bibit yang dibagikan mencapai 1.500 bibit.'
    expect(excerpts('number-consistency', { title: 'Dinas Bagikan 1.500 Bibit', body })).toEqual([])
  })

  it('a count inside a name repeated in the body is not compared', () => {
    const body = 'Gerakan 1 Sekolah 1 Taman dimulai di 40 sekolah, Senin (2/3/2026).'
    expect(excerpts('number-consistency', { title: 'Gerakan 1 Sekolah 1 Taman Dimulai di 40 Sekolah', body })).toEqual([])
  })

  it('a list in the body adding up to the headline figure agrees, whatever else the body counts', () => {
    const body = 'Paket dibagikan di tiga lokasi: 210 paket di Alas, 230 paket di Batu, dan 200 paket di Cemara. Setiap keluarga menerima 1 paket.'
    expect(excerpts('number-consistency', { title: 'Pemkot Bagikan 640 Paket Sembako', body })).toEqual([])
    const restated = 'Angin merusak tiga kios tersebut, satu kios rusak berat. Dua kios lain rusak ringan.'
    expect(excerpts('number-consistency', { title: '4 Kios Rusak Diterjang Angin', body: restated })).toEqual(['4 Kios'])
  })

  it('a year is not a count', () => {
    const body = 'Anggaran dari APBD 2026 menanggung 2.025 kegiatan.'
    expect(excerpts('number-consistency', { title: 'APBD 2026 Danai Kegiatan Warga', body })).toEqual([])
  })
})

describe('number-consistency: captions and later restatements', () => {
  it('a numbered caption counts against the headline', () => {
    const body = 'Sebanyak 254 siswa menerima seragam, Senin (2/3/2026).\n\nFoto 2: Sebanyak 245 siswa berbaris sebelum pembagian seragam.'
    expect(excerpts('number-consistency', { title: 'Pemkot Bagikan Seragam untuk 254 Siswa', body })).toEqual(['245 siswa'])
  })

  it('a caption written in words, mistyped against the lead', () => {
    const body = 'Banjir merendam tiga sekolah di Kelurahan Baru, Senin (2/3/2026).\n\nFoto: Petugas membersihkan lumpur di delapan sekolah yang terendam.'
    expect(excerpts('number-consistency', { title: 'Banjir Rendam Tiga Sekolah', body })).toEqual(['delapan sekolah'])
  })

  it('a later body figure one digit off the lead total', () => {
    const body = 'Sebanyak 1.800 kendaraan diperiksa petugas, Senin (2/3/2026).\n\nDari 1.300 kendaraan yang diperiksa, 64 kendaraan belum membayar pajak.'
    expect(excerpts('number-consistency', body)).toEqual(['1.300 kendaraan'])
  })

  it('parts, comparisons and new counts are not restatements', () => {
    const parts = 'Sebanyak 180 peserta mengikuti pelatihan.\n\nPeserta terdiri atas 130 peserta pelajar dan 50 peserta guru.'
    expect(excerpts('number-consistency', parts)).toEqual([])
    const comparison = 'Sebanyak 1.800 kendaraan diperiksa petugas.\n\nTahun lalu, petugas memeriksa 1.300 kendaraan.'
    expect(excerpts('number-consistency', comparison)).toEqual([])
  })
})
