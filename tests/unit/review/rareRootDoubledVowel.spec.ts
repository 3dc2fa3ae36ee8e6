import { describe, expect, it } from 'vitest'

import { loadSpellChecker } from '@/review/spelling/loadSpellChecker'

import { check } from './helpers'

const checker = loadSpellChecker()
const typos = (body: string, title = 'Berita Kota') =>
  check('typo', { title, body, publishedAt: '2026-03-17' }, { spellChecker: checker ?? undefined }).map((f) => [f.excerpt, f.suggestion])

// Round 24: a confix noun with -aan that reads over a root in -a the dictionary gives no suffix ("pencemara-an") is the
// -an noun of the root without the a misspelt; a root in -a that takes suffixes ("biasa") still saves its noun.
describe.skipIf(!checker)('typo: a doubled a over a bare root in -a (round 24)', () => {
  it('reports the doubled a and suggests the -an noun', () => {
    expect(typos('Dinas memantau pencemaraan sungai setiap bulan.')).toEqual([['pencemaraan', 'pencemaran']])
    expect(typos('Warga meminta kebenaraan data bantuan diperiksa.')).toEqual([['kebenaraan', 'kebenaran']])
    expect(typos('Survei kepuasaan warga digelar akhir tahun.\n\nHasilnya diumumkan Januari.')).toEqual([['kepuasaan', 'kepuasan']])
    expect(typos('Foto: Petugas memeriksa persiapaan lokasi lomba.')).toEqual([['persiapaan', 'persiapan']])
    expect(typos('Penyuluh dinas pertaniaan mendampingi kelompok tani di Kotagede.')).toEqual([['pertaniaan', 'pertanian']])
  })

  it('keeps nouns over roots in -a, which the dictionary derives or suffixes', () => {
    expect(typos('Program pembiasaan membaca dan penataan taman berjalan sejak Januari.')).toEqual([])
    expect(typos('Kenyataan di lapangan, perayaan dan pengadaan barang berjalan lancar.')).toEqual([])
    expect(typos('Pembiayaan, penyediaan air dan pemeliharaan saluran ditanggung kelurahan.')).toEqual([])
    expect(typos('Keberadaan posko dan penguasaan materi dinilai baik.')).toEqual([])
  })
})
