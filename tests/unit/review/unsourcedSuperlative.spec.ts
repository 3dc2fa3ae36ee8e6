import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'

import { check } from './helpers'

// Round 13: the scope "di antara N …" and records of a competition. Sentences written for the test.
const found = (body: string) => check('unsourced-superlative', body).filter((f) => f.severity === 'warning').map((f) => f.excerpt)

describe('unsourced-superlative: round 13', () => {
  it('reports a superlative among a counted set with no source', () => {
    expect(found('Posyandu Melati menjadi posyandu paling aktif di antara 30 posyandu di kota ini.')).toEqual(['paling aktif di antara 30 posyandu'])
    expect(found('Menurut data dinas, Posyandu Melati paling aktif di antara 30 posyandu.')).toEqual([])
  })

  it('leaves the judging of a contest and a record of a named competition', () => {
    expect(found('Dewan juri menilai karya Rina terbaik di antara 20 peserta lomba.')).toEqual([])
    expect(found('Catatan waktunya 1 menit 5 detik memecahkan rekor kejuaraan sebelumnya.')).toEqual([])
    expect(found('Festival ini memecahkan rekor kunjungan.')).toEqual(['memecahkan rekor'])
  })
})

describe('unsourced-superlative: round 14 (clean copy)', () => {
  it('takes a record backed by its measured result or a source in its paragraph for a result', () => {
    const body = 'Perenang Kota Yogyakarta, Laras, memecahkan rekor nasional 100 meter gaya bebas putri kelompok umur 14 tahun di Jakarta. Ia mencatat waktu 58,12 detik.'
    expect(check('unsourced-superlative', { title: 'Laras Pecahkan Rekor Nasional', body }).filter((f) => f.severity === 'warning')).toEqual([])
    const claim = 'Festival itu memecahkan rekor baru jumlah pengunjung.'
    expect(check('unsourced-superlative', { title: 'Festival Pecahkan Rekor', body: claim }).map((f) => f.excerpt)).toEqual(['Pecahkan Rekor', 'memecahkan rekor baru'])
  })
})

describe('unsourced-superlative: round 14, phase 2', () => {
  it('reads "di antara" a reduplicated plural as a scope', () => {
    expect(found('Perpustakaan kampung ini paling lengkap di antara desa-desa sekitarnya.')).toEqual(['paling lengkap di antara desa-desa'])
  })
})

// Round 15: sentences written for the test.
describe('unsourced-superlative: round 15', () => {
  const found = (body: string) => check('unsourced-superlative', body).filter((f) => f.severity === 'warning').map((f) => f.excerpt)
  it('reads the country or the world in lower case after "di seluruh" as a scope', () => {
    expect(found('Bakpia ini adalah yang paling renyah di seluruh dunia.')).toEqual(['paling renyah di seluruh dunia'])
    expect(found('Lampu dipasang paling lambat di seluruh kelurahan.')).toEqual([])
  })
  it('reports a claim restated after a comma once, and two claims joined by "dan" twice', () => {
    expect(found('Bakpia ini paling renyah di seluruh dunia, tak tertandingi oleh bakpia mana pun.')).toEqual(['paling renyah di seluruh dunia'])
    const both = analyzeArticle({ title: 'Berita', body: 'Bakpia ini paling renyah di seluruh dunia, tak tertandingi oleh bakpia mana pun.' }, { rules: ['unsourced-superlative', 'puffery'] })
    expect(both.filter((f) => f.severity === 'warning').map((f) => f.excerpt)).toEqual(['paling renyah di seluruh dunia'])
    expect(found('Museum ini termegah di Asia Tenggara dan belum ada duanya di Indonesia.')).toEqual(['termegah di Asia Tenggara', 'belum ada duanya'])
  })
})
