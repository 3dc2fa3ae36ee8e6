import { describe, expect, it } from 'vitest'

import { check } from './helpers'

// Round 14: credit as proof or embodiment of an official's virtue. Sentences written for the test.
const found = (body: string) => check('writer-credit', body).filter((f) => f.severity === 'warning').map((f) => f.excerpt)

describe('writer-credit: round 14', () => {
  it('finds a result called the proof or embodiment of an official virtue', () => {
    expect(found('Taman baru itu adalah bukti kepedulian Wali Kota terhadap anak-anak.')).toEqual(['bukti kepedulian Wali Kota'])
    expect(found('Jalan mulus ini wujud nyata komitmen Camat kepada warga.')).toEqual(['wujud nyata komitmen Camat'])
  })

  it('leaves receipts, aid, institutions and reported speech alone', () => {
    expect(found('Warga wajib membawa bukti pembayaran Wali Kota.')).toEqual([])
    expect(found('Bantuan ini sebagai bentuk kepedulian Pemkot kepada warga.')).toEqual([])
    expect(found('Lurah mengatakan taman itu bukti kepedulian Wali Kota.')).toEqual([])
  })
})

describe('writer-credit: round 14, phase 2', () => {
  it('finds an instruction credited with the official character after "yang dikenal"', () => {
    expect(found('Lomba ini digelar atas prakarsa Camat yang dikenal dekat dengan pemuda.')).toEqual(['atas prakarsa Camat yang dikenal dekat dengan pemuda'])
    expect(found('Lomba ini digelar atas prakarsa Camat bersama karang taruna.')).toEqual([])
  })
})
