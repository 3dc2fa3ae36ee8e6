import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

// Round 19: a superlative on what the subject gives is praise even in an article that also reports a contest.
// Sentences of my own.

const withContest = (sentence: string) => ({
  title: 'Posyandu Remaja Dibuka',
  body: `${sentence} Pada hari yang sama kelurahan menggelar lomba poster kesehatan untuk pelajar.`,
  publishedAt: '2026-05-20',
})

describe('round 19: a superlative on what is given', () => {
  it('reports it when its own sentence names no judging', () => {
    expect(warnings('puffery', withContest('Kader posyandu memberikan pendampingan terbaik bagi remaja.'))).toEqual(['terbaik'])
    expect(warnings('puffery', withContest('Kelurahan menyediakan fasilitas konseling terbaik untuk pelajar.'))).toEqual(['terbaik'])
  })

  it('keeps a ranked selection in the sentence of the contest', () => {
    expect(warnings('puffery', withContest('Juri memberikan hadiah kepada poster terbaik.'))).toEqual([])
    expect(warnings('puffery', withContest('Kelurahan akan menampilkan karya terbaik di balai warga.'))).toEqual([])
  })
})
