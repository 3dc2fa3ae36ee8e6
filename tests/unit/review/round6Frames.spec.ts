import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

// Round 6 (issue 11): each rule that over-fired on a frozen split reports only with positive
// evidence of the problem. The examples are not taken from the corpus.


describe('unsourced-superlative', () => {
  it('a whole named region is a scope', () => {
    expect(excerpts('unsourced-superlative', 'Gedung itu paling megah di seluruh Jawa Timur.')).toEqual(['paling megah di seluruh Jawa'])
  })

  it('ordinals and where something was first held are not firsts', () => {
    const body = [
      'Penyaluran tahap pertama di kawasan Kotagede selesai.',
      'Hari pertama di Kabupaten Bantul diisi pameran.',
      'Pameran itu pertama kali digelar di Kota Magelang pada 2010.',
      'Pertemuan berlangsung di seluruh kelurahan paling lambat Juni.',
    ].join(' ')
    expect(excerpts('unsourced-superlative', body)).toEqual([])
  })

  it('a first claimed for a country is still reported', () => {
    expect(excerpts('unsourced-superlative', 'Layanan itu pertama kali diterapkan di Indonesia.')).toEqual(['pertama kali diterapkan di Indonesia'])
  })
})

describe('generalisation', () => {
  it('a totality after the group ("tanpa terkecuali") with a feeling', () => {
    expect(excerpts('generalisation', 'Para juru parkir di terminal itu tanpa kecuali merasa lebih aman.')).toEqual([
      'Para juru parkir di terminal itu tanpa kecuali merasa lebih aman',
    ])
  })

  it('an appeal, duty or possibility is not a claim about what the group feels', () => {
    const body = 'Setiap pedagang diimbau mendukung penataan. Seluruh penumpang bisa menikmati wifi gratis. Para pengunjung diminta tenang.'
    expect(excerpts('generalisation', body)).toEqual([])
  })
})

describe('writer-credit: instructions and help are facts unless praised', () => {
  it('"atas arahan/dukungan" + an official reports who asked or helped', () => {
    expect(excerpts('writer-credit', 'Atas arahan Bupati, posko dibuka 24 jam. Kegiatan terselenggara atas dukungan Camat Wates.')).toEqual([])
  })

  it('praise of the instruction, a virtue, or "berkat" is still credit', () => {
    const body = 'Atas arahan Bupati yang tegas, posko dibuka. Atas kepedulian Camat, warga terbantu. Berkat dukungan Lurah, jalan selesai.'
    expect(excerpts('writer-credit', body)).toEqual(['Atas arahan Bupati yang tegas', 'Atas kepedulian Camat', 'Berkat dukungan Lurah'])
  })
})
