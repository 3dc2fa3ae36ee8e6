import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'

import { warnings } from './helpers'

// Round 19: superlatives joined by "dan"/comma share the scope written after the last one. Sentences of my own.

const article = (body: string) => ({ title: 'Pasar Kuliner Malam', body, publishedAt: '2026-07-01' })

describe('round 19: coordinated superlatives with one scope', () => {
  it('reports the whole chain as one unsourced claim', () => {
    expect(warnings('unsourced-superlative', article('Bakmi Pak Harjo disebut paling tua dan paling ramai di seluruh Jawa.'))).toEqual(['paling tua dan paling ramai di seluruh Jawa'])
    expect(warnings('unsourced-superlative', article('Pasar ini termegah, terbersih, dan terlengkap se-Jawa Tengah.'))).toEqual(['termegah, terbersih, dan terlengkap se-Jawa Tengah'])
  })

  it('keeps a praise word inside the chain out of puffery', () => {
    const body = 'Warung ini paling legendaris dan paling murah di seluruh Nusantara.'
    expect(warnings('unsourced-superlative', article(body))).toEqual(['paling legendaris dan paling murah di seluruh Nusantara'])
    const both = analyzeArticle(article(body), { rules: ['puffery', 'unsourced-superlative'] }).map((f) => [f.rule, f.excerpt])
    expect(both).toEqual([['unsourced-superlative', 'paling legendaris dan paling murah di seluruh Nusantara']])
  })

  it('leaves superlatives without a scope alone', () => {
    expect(warnings('unsourced-superlative', article('Antrean paling panjang dan paling lama terjadi pada Sabtu malam.'))).toEqual([])
  })
})
