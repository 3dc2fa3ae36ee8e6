import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'

import { excerpts } from './helpers'

// Round 6 (issue 11): each rule that over-fired on a frozen split reports only with positive
// evidence of the problem. The examples are not taken from the corpus.


describe('puffery: a ranked selection is not praise', () => {
  it('in an article about a contest or a judging, "X terbaik" names who is chosen', () => {
    const body = [
      'Dewan juri menilai 40 karya peserta lomba mural.',
      'Karya terbaik akan dipajang di Balai Kota.',
      'Penari terindah dan penabuh terbaik menerima piagam.',
      'Desa Sukamaju menjadi yang terbaik untuk kategori pengelolaan air bersih.',
    ].join(' ')
    expect(excerpts('puffery', body)).toEqual([])
  })

  it('a counted top group is a selection even without an award word', () => {
    expect(excerpts('puffery', 'Lima desain kemasan terbaik akan dicetak dinas.')).toEqual([])
  })

  it('still reports praise in the writer’s voice, a predicate, or a scope', () => {
    const body = 'Pasar ini menyajikan kuliner terbaik. Pelayanannya adalah yang terbaik. Sambalnya terbaik di Indonesia.'
    expect(excerpts('puffery', body)).toEqual(['terbaik', 'terbaik', 'terbaik'])
  })

  it('an award word elsewhere does not excuse a predicate outside the award sentence', () => {
    const body = 'Panitia lomba memberikan piala kepada pemenang. Acara ini adalah yang terbaik.'
    expect(excerpts('puffery', body)).toEqual(['terbaik'])
  })
})

describe('intensifier: "sekali" counting the event after it', () => {
  it('a price per event is not an intensifier', () => {
    const body = 'Tarif bus Rp4.000 untuk pelajar sekali jalan. Ongkos truk Rp150.000 per rit atau Rp50.000 untuk gerobak sekali angkut.'
    expect(excerpts('intensifier', body)).toEqual([])
  })

  it('"sekali" after an adjective is still reported', () => {
    expect(excerpts('intensifier', 'Antrean di loket ramai sekali pada pagi hari.')).toEqual(['sekali'])
  })

  it('without an amount, "sekali" + a verb is not taken as "once"', () => {
    expect(excerpts('intensifier', 'Petugas ramah sekali melayani warga.')).toEqual(['sekali'])
  })
})

describe('loaded-language inside a credit sentence', () => {
  it('is part of the writer-credit finding of its sentence, not a second one', () => {
    const body = 'Berkat kegigihan Camat Darmo yang tak kenal lelah, pasar itu kembali ramai. Relawan bekerja tak kenal lelah.'
    const found = analyzeArticle({ title: 'Berita', body, publishedAt: '2026-03-01' }, { rules: ['writer-credit', 'loaded-language'] })
    expect(found.map((f) => `${f.rule}: ${f.excerpt}`)).toEqual(['writer-credit: Berkat kegigihan Camat', 'loaded-language: tak kenal lelah'])
  })
})
