import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'
import type { RuleId, SpellChecker } from '@/review/types'

/** Warning-level findings (and typo) of the given rules, as [rule, excerpt]. */
const found = (title: string, body: string, rules?: RuleId[], spellChecker?: SpellChecker) =>
  analyzeArticle({ title, body, publishedAt: '2026-10-12' }, { ...(rules ? { rules } : {}), ...(spellChecker ? { spellChecker } : {}) })
    .filter((f) => f.severity !== 'info' || f.rule === 'typo')
    .map((f) => [f.rule, f.excerpt])

describe('round 16 audit: a correction notice', () => {
  const notice = (wrong: string, right: string) =>
    `Pada artikel "Kelurahan Gelar Pelatihan Kader" (Senin, 5/10/2026) ${wrong} Bagian itu mengandung kesalahan.\n\nSeharusnya, ${right}\n\nKami mohon maaf kepada pembaca.`

  it('does not compare the wrong version it reports with the right one', () => {
    expect(found('Ralat: Jumlah Peserta Pelatihan Kader', notice('disebutkan pelatihan diikuti 85 kader dari 12 RW.', 'pelatihan diikuti 58 kader dari 12 RW.'))).toEqual([])
    expect(found('Ralat: Tanggal Pelatihan Kader', notice('disebutkan pelatihan digelar pada Rabu, 7 Oktober 2026.', 'pelatihan digelar pada Kamis, 8 Oktober 2026.'))).toEqual([])
    expect(found('Ralat: Nama Pelatih', notice('pelatih disebut bernama Bagus Hendrawan Saputro.', 'pelatih bernama Bagus Hendrawan Saputra.'))).toEqual([])
  })

  it('still checks the rest of a correction', () => {
    const body = notice('disebutkan pelatihan diikuti 85 kader.', 'pelatihan diikuti 58 kader, terdiri atas 30 kader posyandu dan 20 kader PKK.')
    expect(found('Ralat: Jumlah Peserta Pelatihan Kader', body, ['parts-total'])).toEqual([['parts-total', '58 kader, terdiri atas 30 kader posyandu dan 20 kader PKK']])
  })

  it('reads an ordinary article as before', () => {
    expect(found('Pelatihan Kader', 'Sebanyak 85 kader mengikuti pelatihan pada Senin.\n\nPelatihan diikuti 58 kader dari 12 RW, kata lurah.', ['number-consistency'])).toEqual([['number-consistency', '58 kader']])
  })
})

describe('round 16 audit: totals and their parts', () => {
  it('reads a total closing its own list as that list\'s (number-consistency)', () => {
    const body =
      'Kontingen Kemantren Barat meraih 10 emas, 6 perak, serta 9 perunggu, sehingga totalnya 25 medali pada Minggu.\n\nKemantren Timur mengoleksi 8 emas, 9 perak, serta 7 perunggu, sehingga totalnya 24 medali.'
    expect(found('Kemantren Barat Juara Umum', body, ['number-consistency'])).toEqual([])
  })

  it('ends a run of counts at a count per unit', () => {
    const body =
      'Gerakan wakaf mengumpulkan 2.400 mushaf selama sebulan.\n\nMushaf itu terdiri atas 1.200 mushaf besar, 800 mushaf sedang, dan 400 mushaf saku. Tiap musala mendapat 60 mushaf.'
    expect(found('Wakaf Mushaf', body, ['parts-total'])).toEqual([])
  })

  it('reads a number after a label as a class, not a count', () => {
    expect(found('Pemeriksaan Gigi', 'Sebanyak 1.500 pelajar diperiksa giginya, meliputi 800 pelajar tingkat 2 serta 700 pelajar tingkat 3.', ['parts-total'])).toEqual([])
  })

  it('does not take a target after the total word as the total', () => {
    const body = 'Petugas menyuntik ternak warga.\n\nSebanyak 300 ekor sapi dan 200 ekor kambing disuntik dari 500 ternak terdaftar. Totalnya melebihi sasaran 450 ekor.'
    expect(found('Pemeriksaan Ternak', body, ['parts-total'])).toEqual([])
  })

  it('reads a rate with its parts as rates', () => {
    const body =
      'Ojek desa melayani 1.000 penumpang per hari selama musim panen.\n\nArmada pagi membawa 400 penumpang per hari, armada siang 350 penumpang, dan armada sore 250 penumpang.'
    expect(found('Bus Kota', body, ['parts-total'])).toEqual([])
  })

  it('does not read prizes handed to several winners as parts of the prize before', () => {
    const body = 'Pemenang utama membawa pulang Rp5 juta. Dua pemenang berikutnya masing-masing mendapat Rp3 juta dan Rp2 juta, adapun kategori favorit Rp1 juta.'
    expect(found('Lomba Paduan Suara', body, ['parts-total'])).toEqual([])
  })
})

describe('round 16 audit: headlines and words', () => {
  it('does not call a term the body uses a teaser', () => {
    expect(found('Dana Tak Terduga Rp2 Miliar Dipakai untuk Banjir', 'Pemkot memakai Rp2 miliar dari pos dana tak terduga untuk penanganan banjir.', ['clickbait'])).toEqual([])
  })

  it('accepts a headline claim given to its speaker', () => {
    expect(found('Kurator Klaim Pameran Ini Terbesar di Indonesia', 'Menurut kurator, pameran itu terbesar di Indonesia.', ['unsourced-superlative'])).toEqual([])
    expect(found('Pameran Ini Terbesar di Indonesia', 'Pameran itu digelar tiga hari.', ['unsourced-superlative'])).toEqual([['unsourced-superlative', 'Terbesar di Indonesia']])
  })

  it('does not take a first syllable without its schwa for a slip', () => {
    const words = new Set(['warga', 'ikut', 'berantas', 'rantas', 'sarang', 'nyamuk', 'setiap', 'pekan', 'kampung'])
    const checker = { isWord: (w: string) => words.has(w), suggest: (w: string) => (w === 'brantas' ? 'rantas' : null) }
    expect(found('Sarang Nyamuk', 'Setiap pekan warga kampung ikut brantas sarang nyamuk.', ['typo'], checker)).toEqual([])
  })
})
