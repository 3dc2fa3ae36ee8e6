import { describe, expect, it } from 'vitest'

import { check } from './helpers'

describe('relative-time', () => {
  it('reports relative time words without a date in the sentence', () => {
    const findings = check('relative-time', 'Kemarin, Wali Kota meninjau banjir. Perbaikan tanggul dimulai pekan depan.')
    expect(findings.map((f) => [f.excerpt, f.severity])).toEqual([
      ['Kemarin', 'warning'],
      ['pekan depan', 'warning'],
    ])
  })

  it('accepts relative words with an absolute date nearby', () => {
    expect(check('relative-time', 'Kemarin, Senin (30/5), Wali Kota meninjau banjir.')).toEqual([])
    expect(check('relative-time', 'Perbaikan dimulai pekan depan, tepatnya 6 Juni 2022.')).toEqual([])
  })

  it('reports words inside a quotation only as info', () => {
    const findings = check('relative-time', '"Kemarin air sudah surut di semua kelurahan," kata Budi.')
    expect(findings.map((f) => f.severity)).toEqual(['info'])
  })

  it('does not match parts of other words or the phrase "kemarin lusa" twice', () => {
    expect(check('relative-time', 'Warga Besokan hadir.')).toEqual([])
    expect(check('relative-time', 'Tadi pagi dan kemarin lusa hujan.').map((f) => f.excerpt)).toEqual(['Tadi pagi', 'kemarin lusa'])
  })

  it('covers English', () => {
    expect(check('relative-time', 'The mayor visited the flood area yesterday.').map((f) => f.excerpt)).toEqual(['yesterday'])
  })
})

describe('relative-time: the date must be in the same sentence (round 8)', () => {
  it('a date opening the next sentence does not date "besok"', () => {
    const body = 'Pendaftaran lomba ditutup besok. Hingga Kamis (15/10/2026), panitia mencatat 210 pendaftar.'
    expect(check('relative-time', { body, publishedAt: '2026-10-15' }).map((f) => f.excerpt)).toEqual(['besok'])
  })

  it('a date after the last word of the sentence still dates it', () => {
    const body = 'Pendaftaran lomba ditutup kemarin, Rabu (14/10/2026). Panitia mencatat 210 pendaftar.'
    expect(check('relative-time', { body, publishedAt: '2026-10-15' })).toEqual([])
  })
})

describe('relative-time: counted days and parts of today (round 8)', () => {
  it('"tiga hari lalu", "dua pekan lagi", "nanti malam" without a date', () => {
    const body = 'Gudang itu terbakar tiga hari lalu. Perbaikan dimulai dua pekan lagi. Pawai digelar nanti malam.'
    expect(check('relative-time', body).map((f) => f.excerpt)).toEqual(['tiga hari lalu', 'dua pekan lagi', 'nanti malam'])
  })

  it('a date in the sentence, or a duration, is not reported', () => {
    expect(check('relative-time', 'Gudang itu terbakar tiga hari lalu, Jumat (27/5/2022).')).toEqual([])
    expect(check('relative-time', 'Perbaikan berlangsung selama tiga hari.')).toEqual([])
  })
})
