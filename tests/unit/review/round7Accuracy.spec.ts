import { describe, expect, it } from 'vitest'

import { shortNameOf } from '@/review/rules/officialName'
import { seedOfficialNames } from '@/review/registry/seedOfficialNames'

import { excerpts } from './helpers'

// Round 7 (issue 11): classes instead of phrase lists. None of the examples is taken from the
// corpus.


describe('all-caps: hyphenated acronyms', () => {
  it('two different short parts, one an acronym, are a compound acronym', () => {
    expect(excerpts('all-caps', 'Pembahasan RPJMD-RKPD dan dokumen KUPA-PPAS berlanjut pekan ini.')).toEqual([])
  })

  it('a shouted reduplication or long word is still shouting', () => {
    expect(excerpts('all-caps', 'Acara ini SANGAT-SANGAT MERIAH sekali.')).not.toEqual([])
  })
})

describe('official-name: a short name covering the whole office', () => {
  it('short forms of all the words, plus the parent organisation', () => {
    expect(shortNameOf('Humas Pemkot', 'Bagian Hubungan Masyarakat Sekretariat Daerah')).toBe(true)
    expect(shortNameOf('Bagian Humas Setda', 'Bagian Hubungan Masyarakat Sekretariat Daerah')).toBe(true)
  })

  it('a name that drops part of the office, or runs whole words together, is not a short name', () => {
    expect(shortNameOf('Dinas Kominfo', 'Dinas Komunikasi, Informatika dan Persandian')).toBe(false)
    expect(shortNameOf('Dinas PU', 'Dinas Pekerjaan Umum, Perumahan dan Kawasan Permukiman')).toBe(false)
    expect(shortNameOf('Wakil Walikota', 'Wakil Wali Kota')).toBe(false)
  })

  it('the registry variant "Humas Pemkot" is not reported, "Dinas Kominfo" still is', () => {
    const body = 'Dokumentasi kegiatan disiapkan Humas Pemkot. Materi disusun Dinas Kominfo.'
    expect(excerpts('official-name', body, { registry: seedOfficialNames })).toEqual(['Dinas Kominfo'])
  })
})

describe('date-consistency: a later reference to the lead event', () => {
  it('a date with a demonstrative that the lead does not give', () => {
    const body = 'Dinas Sosial membagikan paket sembako di Kemantren Jetis, Selasa (10/3/2026).\n\nPada pembagian 12 Maret tersebut, petugas juga mendata warga.'
    expect(excerpts('date-consistency', body)).toEqual(['12 Maret'])
  })

  it('a restated end date against the lead end date', () => {
    const body = 'Pendaftaran lomba dibuka mulai Senin (2/3/2026) hingga 20 Maret 2026.\n\nPanitia mengingatkan pendaftaran yang ditutup pada 27 Maret itu tidak diperpanjang.'
    expect(excerpts('date-consistency', body)).toEqual(['27 Maret'])
  })

  it('a new date (a later stage) is not a reference back', () => {
    const body = 'Dinas Sosial membagikan paket sembako di Kemantren Jetis, Selasa (10/3/2026).\n\nPembagian tahap berikutnya dijadwalkan 24 Maret 2026.'
    expect(excerpts('date-consistency', body)).toEqual([])
  })
})

describe('money-consistency: a reference back a power of ten away', () => {
  it('"Rp… itu" with no equal amount before but a tenfold one', () => {
    const body = 'Pemkot menyiapkan Rp3,6 miliar untuk penerangan jalan.\n\nDana Rp360 juta itu dipakai untuk 400 titik lampu.'
    expect(excerpts('money-consistency', body)).toEqual(['Rp360 juta'])
  })

  it('a reference to an amount already given is fine', () => {
    const body = 'Pemkot menyiapkan Rp3,6 miliar untuk penerangan jalan.\n\nDana Rp3,6 miliar itu dipakai untuk 400 titik lampu.'
    expect(excerpts('money-consistency', body)).toEqual([])
  })
})

describe('number-consistency: captions and coordinated counts', () => {
  it('a caption figure that looks like the lead figure mistyped', () => {
    const body = 'Sebanyak 73 pelajar mengikuti lomba baca puisi di Taman Budaya, Sabtu (7/3/2026).\n\nFoto: Sebanyak 37 pelajar membacakan puisi di panggung utama.'
    expect(excerpts('number-consistency', body)).toEqual(['37 pelajar'])
  })

  it('a caption showing part of the event is not a slip', () => {
    const body = 'Sebanyak 73 pelajar mengikuti lomba baca puisi di Taman Budaya, Sabtu (7/3/2026).\n\nFoto: Lima pelajar, dari kiri, menerima piala; 12 pelajar lain menonton.'
    expect(excerpts('number-consistency', body)).toEqual([])
  })

  it('a headline figure for two coordinated groups counts their union', () => {
    const input = { title: 'Posyandu Layani 210 Balita dan Ibu Hamil', body: 'Posyandu melayani 210 orang, terdiri atas 160 balita dan 50 ibu hamil.' }
    expect(excerpts('number-consistency', input)).toEqual([])
  })
})
