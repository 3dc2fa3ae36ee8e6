import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'
import type { RuleId } from '@/review/types'

/** [rule, excerpt] of the intensifier and puffery warnings. */
const style = (body: string, title = 'Berita Kota') =>
  analyzeArticle({ title, body, publishedAt: '2026-08-20' }, { rules: ['intensifier', 'puffery'] as RuleId[] })
    .filter((f) => f.severity !== 'info')
    .map((f) => [f.rule, f.excerpt])

describe('intensifier: an emphatic degree word takes the praise after it (round 22)', () => {
  it('reports "sungguh"/"amat" with the praise word as one intensifier finding', () => {
    expect(style('Penampilan tim karawitan anak-anak itu sungguh menawan.')).toEqual([['intensifier', 'sungguh menawan']])
    expect(style('Upacara berjalan tertib.\n\nSuasana alun-alun malam itu amat megah.')).toEqual([['intensifier', 'amat megah']])
    expect(style('Sungguh spektakuler tata cahaya panggung festival tahun ini.')).toEqual([['intensifier', 'Sungguh spektakuler']])
    expect(style('Warga bergotong royong.', 'Pawai Budaya Amat Memesona Penonton')).toEqual([['intensifier', 'Amat Memesona']])
  })

  it('keeps another praise word of the sentence as its own puffery finding', () => {
    expect(style('Capaian gemilang para atlet muda ini sungguh membanggakan.')).toEqual([
      ['puffery', 'gemilang'],
      ['intensifier', 'sungguh membanggakan'],
    ])
  })

  it('leaves "sangat"/"begitu" to the praise, and a lone emphatic word on a plain word alone', () => {
    expect(style('Pencapaian kampung itu sangat membanggakan.')).toEqual([['puffery', 'sangat membanggakan']])
    expect(style('Pemandangan dari gardu pandang sangat menawan hati.')).toEqual([['puffery', 'sangat menawan']])
    expect(style('Antrean pemohon KTP pagi itu sungguh panjang.')).toEqual([['intensifier', 'sungguh']])
    expect(style('Para relawan bekerja dengan sungguh-sungguh sejak pagi.')).toEqual([])
  })
})
