import { describe, expect, it } from 'vitest'

import { check } from './helpers'

// Round 14: credit as proof or embodiment of an official's virtue. Sentences written for the test.
const found = (body: string) => check('writer-credit', body).filter((f) => f.severity === 'warning').map((f) => f.excerpt)

describe('writer-credit: round 14', () => {
  it('finds a result called the proof or embodiment of an official virtue', () => {
    expect(found('Jalan mulus itu adalah cerminan ketegasan Camat terhadap kontraktor.')).toEqual(['cerminan ketegasan Camat'])
    expect(found('Taman baca ini wujud nyata komitmen Lurah kepada anak-anak.')).toEqual(['wujud nyata komitmen Lurah'])
  })

  it('leaves receipts, aid, institutions and reported speech alone', () => {
    expect(found('Warga wajib membawa bukti pembayaran Wali Kota.')).toEqual([])
    expect(found('Bantuan ini sebagai bentuk kepedulian Pemkot kepada warga.')).toEqual([])
    expect(found('Lurah mengatakan taman itu cerminan ketegasan Camat.')).toEqual([])
  })
})

describe('writer-credit: round 14, phase 2', () => {
  it('finds an instruction credited with the official character after "yang dikenal"', () => {
    expect(found('Lomba ini digelar atas prakarsa Camat yang dikenal merakyat.')).toEqual(['atas prakarsa Camat yang dikenal merakyat'])
    expect(found('Lomba ini digelar atas prakarsa Camat bersama karang taruna.')).toEqual([])
  })
})

// Round 15: sentences written for the test.
describe('writer-credit: round 15', () => {
  const found = (body: string) => check('writer-credit', body).filter((f) => f.severity === 'warning').map((f) => f.excerpt)
  it('reports an official said once again to prove a virtue, named by "beliau"', () => {
    expect(found('Dengan senyum ramahnya, Camat lagi-lagi menunjukkan bahwa beliau peduli pada pedagang.')).toEqual(['lagi-lagi menunjukkan bahwa beliau peduli pada pedagang'])
    expect(found('Kunjungan Lurah ke pasar kembali memperlihatkan kepedulian tinggi beliau kepada pedagang.')).toEqual(['kembali memperlihatkan kepedulian tinggi beliau'])
  })
  it('leaves a statement reported with another speech word alone', () => {
    expect(found('Menurut ajudan, Camat kembali menegaskan komitmen beliau pada program itu.')).toEqual([])
  })
})
