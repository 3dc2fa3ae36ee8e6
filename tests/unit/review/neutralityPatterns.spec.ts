import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'

import { check } from './helpers'

describe('writer-credit', () => {
  it('reports credit to an official in the writer’s voice', () => {
    const body = 'Berkat kepemimpinan Wali Kota Hendra, jalan itu selesai. Di bawah kepemimpinan Hendra, trotoar ditata. Capaian ini tak lepas dari arahan Wali Kota.'
    expect(check('writer-credit', body).map((f) => f.excerpt)).toEqual(['Berkat kepemimpinan Wali Kota', 'Di bawah kepemimpinan', 'tak lepas dari arahan Wali Kota'])
  })

  it('leaves quotations and reported speech alone', () => {
    expect(check('writer-credit', '"Berkat dukungan suami, saya bisa aktif," kata Suparmi.')).toEqual([])
    expect(check('writer-credit', 'Menurut Ketua DPRD, berkat kepemimpinan Wali Kota jalan itu selesai.')).toEqual([])
  })
})

describe('unsourced-superlative', () => {
  it('reports superlatives and firsts with no source, and hides the overlapping puffery finding', () => {
    const body = 'Penghargaan ini menjadi capaian terbaik sepanjang sejarah kota. Kota menjadi kota pertama di Indonesia yang menerapkannya. Taman itu terbesar se-Jawa Tengah.'
    expect(check('unsourced-superlative', body).map((f) => f.excerpt)).toEqual(['terbaik sepanjang sejarah', 'pertama di Indonesia', 'terbesar se-Jawa Tengah'])
    const all = analyzeArticle({ title: 'Berita', body })
    expect(all.filter((f) => f.rule === 'puffery' && /terbaik|pertama/i.test(f.excerpt))).toEqual([])
  })

  it('accepts a named source, quotations and ordinary ter- words', () => {
    expect(check('unsourced-superlative', 'Berdasarkan data BPS, kota ini memiliki indeks tertinggi di provinsi ini.')).toEqual([])
    expect(check('unsourced-superlative', 'Kota masuk sepuluh besar kota paling toleran versi Setara Institute.')).toEqual([])
    expect(check('unsourced-superlative', '"Ini taman terluas yang pernah ada," kata Sugeng.')).toEqual([])
    expect(check('unsourced-superlative', 'Pembangunan tertunda selama lima tahun. Pedagang tersebar di Indonesia.')).toEqual([])
  })
})

describe('generalisation', () => {
  it('reports the writer speaking for every citizen', () => {
    const body = 'Semua warga setuju dengan parkir elektronik. Seluruh masyarakat puas dengan layanan ini. Seluruh warga menyambut gembira kebijakan itu.'
    expect(check('generalisation', body).map((f) => f.excerpt)).toEqual(['Semua warga setuju', 'Seluruh masyarakat puas', 'Seluruh warga menyambut gembira'])
    expect(check('generalisation', { title: 'Jalan Mulus, Warga Puas', body: '' }).map((f) => f.excerpt)).toEqual(['Warga Puas'])
  })

  it('accepts quotations, partial groups and non-attitudes', () => {
    expect(check('generalisation', '"Semua warga berhak menyampaikan pendapat," kata Dewi.')).toEqual([])
    expect(check('generalisation', 'Sebagian warga puas, sebagian lain meminta perbaikan. Semua masukan dicatat.')).toEqual([])
  })
})
