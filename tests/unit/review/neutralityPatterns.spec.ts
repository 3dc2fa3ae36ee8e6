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

describe('generalisation by class (quantifier + group noun + attitude, one clause)', () => {
  it('combines any totality quantifier, group noun and attitude predicate', () => {
    const body = [
      'Segenap nelayan di pesisir selatan mendukung rencana itu.',
      'Para orang tua murid tampak sangat puas dengan seragam baru.',
      'Tak seorang pun pengunjung yang mengeluh soal antrean.',
      'Setiap petani penerima pupuk merasa terbantu.',
      'Seluruh peserta tidak keberatan dengan jadwal baru.',
      'Penumpang kini semakin nyaman.',
    ].join(' ')
    expect(check('generalisation', body).map((f) => f.excerpt)).toEqual([
      'Segenap nelayan di pesisir selatan mendukung',
      'Para orang tua murid tampak sangat puas',
      'Tak seorang pun pengunjung yang mengeluh',
      'Setiap petani penerima pupuk merasa terbantu',
      'Seluruh peserta tidak keberatan',
      'Penumpang kini semakin nyaman',
    ])
  })

  it('accepts restrictive clauses, conditions, other punctuation, facts and quotations', () => {
    expect(check('generalisation', 'Semua warga yang setuju dapat menandatangani formulir.')).toEqual([])
    expect(check('generalisation', 'Setiap peserta, jika puas, diminta mengisi survei.')).toEqual([])
    expect(check('generalisation', 'Para pedagang menempati 120 kios. Tidak ada satu pun korban jiwa.')).toEqual([])
    expect(check('generalisation', '"Semua pedagang senang," kata Ketua Paguyuban, Wawan.')).toEqual([])
    expect(check('generalisation', 'Menurut survei dinas, 82 persen warga puas.')).toEqual([])
  })
})

describe('writer-credit by class (credit construction + official title or registry person)', () => {
  it('reports a credit construction whose object is an official', () => {
    const body = 'Berkat ketegasan Camat Gondokusuman, pedagang kaki lima tertib. Jalan itu dibangun atas kepedulian tinggi Bupati. Keberhasilan ini hasil kerja keras Kepala Dinas Pertanian.'
    expect(check('writer-credit', body).map((f) => f.excerpt)).toEqual(['Berkat ketegasan Camat', 'atas kepedulian tinggi Bupati', 'hasil kerja keras Kepala Dinas'])
    const registry = [{ name: 'Hendra Wijaya', kind: 'person' as const }]
    expect(check('writer-credit', 'Program berjalan berkat kegigihan Hendra Wijaya.', { registry }).map((f) => f.excerpt)).toEqual(['berkat kegigihan Hendra Wijaya'])
  })

  it('accepts credit to no official, facts with "atas", quotations and reported speech', () => {
    expect(check('writer-credit', 'Program berjalan berkat dukungan para relawan. Rapat digelar atas undangan Wali Kota.')).toEqual([])
    expect(check('writer-credit', 'Jembatan itu terdiri atas tiga bentang yang diresmikan Wali Kota.')).toEqual([])
    expect(check('writer-credit', '"Ini berkat kerja keras Pak Lurah," ujar Siti.')).toEqual([])
  })
})

describe('unsourced-superlative by class (superlative morphology + scope, or claims of being unequalled)', () => {
  it('reports ter- and paling superlatives with a scope, firsts and unequalled claims', () => {
    const body = 'Pasar itu terbesar dan termodern di Jawa Tengah. Aplikasi ini pertama kali diterapkan di Indonesia. Kerajinan kampung itu tiada tandingannya. Layanannya belum ada duanya.'
    expect(check('unsourced-superlative', body).map((f) => f.excerpt)).toEqual(['terbesar dan termodern di Jawa Tengah', 'pertama kali diterapkan di Indonesia', 'tiada tandingannya', 'belum ada duanya'])
  })

  it('accepts a source in the sentence, ordinals and quotations', () => {
    expect(check('unsourced-superlative', 'Berdasarkan data BPS, angka itu tertinggi kedua di Jawa Tengah.')).toEqual([])
    expect(check('unsourced-superlative', 'Tahap pertama pembangunan dimulai Senin.')).toEqual([])
    expect(check('unsourced-superlative', '"Sotonya belum ada duanya," kata Rina.')).toEqual([])
  })
})
