import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

// Round 20: a taste superlative is the writer's claim even when a named town is its scope; no survey ranks flavour.
// Sentences of my own.

const article = (body: string) => ({ title: 'Wisata Kuliner', body, publishedAt: '2026-07-11' })

describe('round 20: taste superlatives scoped by a named place', () => {
  it('reports the claim with a town or a country for scope', () => {
    expect(warnings('unsourced-superlative', article('Bakmi jawa di ujung gang itu disebut sebagai yang paling enak di Kotagede.'))).toEqual(['paling enak di Kotagede'])
    expect(warnings('unsourced-superlative', article('Sate klatak buatan Pak Darmo diklaim tergurih di Bantul.'))).toEqual(['tergurih di Bantul'])
    expect(warnings('unsourced-superlative', article('Gudeg Bu Sastro dianggap terlezat di Indonesia.'))).toEqual(['terlezat di Indonesia'])
  })

  it('leaves a taste compared within a shop, and a measurable size within a town, alone', () => {
    expect(warnings('unsourced-superlative', article('Menu yang paling enak di warung itu adalah oseng mercon.'))).toEqual([])
    expect(warnings('unsourced-superlative', article('Pasar ini terbesar di Sleman dengan 1.200 kios.'))).toEqual([])
  })
})
