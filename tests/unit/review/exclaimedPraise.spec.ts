import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'

// Round 20: praise closing a longer exclaimed sentence is its own finding beside the exclamation;
// an exclamation that is the whole sentence ("Meriah sekali!") stays one phrase. Sentences of my own.

const found = (body: string) =>
  analyzeArticle({ title: 'Lomba Dayung', body, publishedAt: '2026-08-09' }, { rules: ['puffery', 'exclamation'] })
    .filter((f) => f.severity !== 'info')
    .map((f) => [f.rule, f.excerpt])

describe('round 20: praise inside an exclaimed sentence', () => {
  it('keeps the praise that closes a longer exclaimed sentence', () => {
    expect(found('Tim dayung Kelurahan Gowongan menyelesaikan lintasan dalam empat menit. Penampilan mereka luar biasa!')).toEqual([
      ['puffery', 'luar biasa'],
      ['exclamation', 'luar biasa!'],
    ])
  })

  it('reports an exclamation that is the whole sentence once', () => {
    expect(found('Tim dayung Kelurahan Gowongan menyelesaikan lintasan dalam empat menit. Luar biasa!')).toEqual([['exclamation', 'Luar biasa!']])
  })
})
