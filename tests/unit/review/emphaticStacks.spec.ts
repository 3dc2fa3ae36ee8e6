import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'
import type { RuleId } from '@/review/types'

/** [rule, excerpt] of the intensifier and puffery warnings. */
const style = (body: string, title = 'Berita Kota') =>
  analyzeArticle({ title, body, publishedAt: '2026-08-21' }, { rules: ['intensifier', 'puffery'] as RuleId[] })
    .filter((f) => f.severity !== 'info')
    .map((f) => [f.rule, f.excerpt])

describe('intensifier: a stack of degree words opened by an emphatic word takes the praise too (round 22)', () => {
  it('reports "sungguh sangat"/"amat sangat" with the praise word as one intensifier finding', () => {
    expect(style('Dalang membawakan lakon dengan sabetan yang sungguh sangat luar biasa.')).toEqual([['intensifier', 'sungguh sangat luar biasa']])
    expect(style('Panggung ditata ulang.\n\nTata cahaya malam itu amat sangat spektakuler.')).toEqual([['intensifier', 'amat sangat spektakuler']])
    expect(style('Sungguh amat memesona lampion di sepanjang Ketandan.')).toEqual([['intensifier', 'Sungguh amat memesona']])
    expect(style('Warga menonton.', 'Pawai Budaya Sungguh Sangat Megah')).toEqual([['intensifier', 'Sungguh Sangat Megah']])
  })

  it('leaves a stack opened by "sangat" to the praise, and a stack on a plain word alone', () => {
    expect(style('Capaian kampung itu sangat membanggakan.')).toEqual([['puffery', 'sangat membanggakan']])
    expect(style('Antrean pemohon sungguh sangat panjang pagi itu.')).toEqual([['intensifier', 'sungguh sangat']])
    expect(style('Pelayanan di posko itu benar-benar sangat membantu warga.')).toEqual([['intensifier', 'benar-benar sangat']])
    expect(style('"Penampilannya sungguh sangat luar biasa," kata Rina.')).toEqual([])
  })
})
