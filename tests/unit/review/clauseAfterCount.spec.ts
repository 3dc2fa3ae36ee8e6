import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const counts = (title: string, body: string) => excerpts('number-consistency', { title, body, publishedAt: '2026-05-04' })
const title = 'Skrining Mata Sasar 2.360 Pelajar'
const later = 'Petugas membawa alat ukur ke setiap sekolah.\n\nDinas menargetkan cakupan 90 persen dari 2.630 pelajar sasaran.'

describe('number-consistency: "dan" opening a new clause does not coordinate the count (round 20)', () => {
  it('compares a count followed by "dan" and a verb with its later restatement', () => {
    expect(counts(title, `Dinas Kesehatan memeriksa mata 2.360 pelajar dan ditargetkan selesai sebelum libur sekolah.\n\n${later}`)).toEqual(['2.630 pelajar'])
  })

  it('also after "serta" and an auxiliary', () => {
    expect(counts(title, `Dinas Kesehatan memeriksa mata 2.360 pelajar serta akan memberi kacamata gratis.\n\n${later}`)).toEqual(['2.630 pelajar'])
  })

  it('keeps a count restated as a share after "atau" as it was', () => {
    const body =
      'Sebanyak 2.360 pelajar terdaftar sebagai sasaran skrining tahun ini.\n\n' +
      'Petugas membawa alat ukur ke setiap sekolah.\n\n' +
      'Sampai Jumat, mata 2.236 pelajar atau sekitar 95 persen sasaran sudah diperiksa.'
    expect(counts(title, body)).toEqual([])
  })

  it('keeps two nouns joined by "dan" as a list', () => {
    const body = 'Sekolah menerima 2.360 pelajar dan 140 guru pendamping.\n\nSemua pelajar diperiksa bergiliran.'
    expect(counts(title, body)).toEqual([])
  })
})
