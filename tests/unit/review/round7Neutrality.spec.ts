import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

// Round 7 (issue 11): classes instead of phrase lists. None of the examples is taken from the
// corpus.


describe('writer-credit: causal and origin frames', () => {
  it('"buah" with an evaluative adjective, and any modal before a negated detach verb', () => {
    expect(excerpts('writer-credit', 'Capaian ini buah nyata dari kerja Camat Sutrisno.')).toHaveLength(1)
    expect(excerpts('writer-credit', 'Turunnya angka putus sekolah tidak pernah terlepas dari kegigihan Kepala Dinas.')).toHaveLength(1)
    expect(excerpts('writer-credit', 'Prestasi itu merupakan hasil dari kejelian Wali Kota membaca peluang.')).toHaveLength(1)
  })

  it('"buah" as a classifier, and an agreement, are facts', () => {
    expect(excerpts('writer-credit', 'Warga menerima tiga buah ambulans dari Wali Kota.')).toEqual([])
    expect(excerpts('writer-credit', 'Jadwal itu hasil kesepakatan Wali Kota dan DPRD.')).toEqual([])
  })
})

describe('generalisation: feeling predicates', () => {
  it('"merasa" with any state, and a worry said to be gone, after a totality and a group', () => {
    expect(excerpts('generalisation', 'Seluruh pedagang pasar kini merasa terlindungi.')).toHaveLength(1)
    expect(excerpts('generalisation', 'Semua penumpang bus kini tak perlu lagi khawatir tertinggal.')).toHaveLength(1)
  })

  it('an appeal with "perlu" is still not a claim', () => {
    expect(excerpts('generalisation', 'Setiap warga perlu mendukung program ini.')).toEqual([])
  })
})

describe('clickbait: teaser openers and colloquial register in the headline', () => {
  it('a looking verb opening the headline, colloquial markers anywhere in it', () => {
    expect(excerpts('clickbait', { title: 'Cek Jadwal Lengkap Pawai Budaya', body: 'Pawai digelar Sabtu.' })).toEqual(['Cek Jadwal'])
    expect(excerpts('clickbait', { title: 'Antrean Nggak Panjang Lagi di Kantor Kemantren', body: 'Layanan dibuka pagi.' })).toEqual(['Nggak Panjang'])
  })

  it('a standard headline, and colloquial words in the body, are not clickbait', () => {
    expect(excerpts('clickbait', { title: 'BPBD Catat 12 Titik Genangan', body: 'Warga bilang "nggak apa-apa" saat ditanya.' })).toEqual([])
  })
})

describe('loaded-language: violent metaphors and derogatory labels', () => {
  it('a violent verb done to or by people, prices or lenders', () => {
    expect(excerpts('loaded-language', 'Petani selama ini dipalak tengkulak.')).toEqual(['dipalak tengkulak'])
    expect(excerpts('loaded-language', 'Biaya sewa kios mencekik pedagang kecil.')).toEqual(['mencekik pedagang'])
  })

  it('a label and a violent verb in one clause are one finding', () => {
    expect(excerpts('loaded-language', 'Petugas menertibkan sopir bandel yang suka memeras penumpang.')).toEqual(['sopir bandel yang suka memeras penumpang'])
  })

  it('the literal act is not a metaphor', () => {
    expect(excerpts('loaded-language', 'Relawan menyikat lantai masjid dan membabat rumput liar.')).toEqual([])
  })
})

describe('unattributed-certainty: certainty adverbials', () => {
  it('"tak ayal", "bisa dipastikan", a sentence opening with "Dijamin"', () => {
    expect(excerpts('unattributed-certainty', 'Tak ayal, program ini menjadi andalan. Dengan jalur baru, bisa dipastikan macet berkurang. Dijamin antrean lebih pendek.')).toHaveLength(3)
  })

  it('a finding of fact ("karena terbukti") and a doubt ("belum dapat dipastikan") are not', () => {
    expect(excerpts('unattributed-certainty', 'Dua pedagang ditegur karena terbukti menjual di trotoar. Jadwalnya belum dapat dipastikan.')).toEqual([])
  })
})

describe('puffery: incomparability', () => {
  it('"tiada banding", "tak ada duanya"', () => {
    // Round 17: one sentence, one finding over both claims.
    expect(excerpts('puffery', 'Pemandangannya tiada banding dan rasanya tak ada duanya.')).toEqual(['tiada banding dan rasanya tak ada duanya'])
  })
})
