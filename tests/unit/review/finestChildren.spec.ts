import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

// Round 20: "putra-putri terbaik daerah", "anak-anak terbaik bangsa" is the writer's praise even in an article about a
// selection; a ranked player of a province is still a selection. Sentences of my own.

const article = (body: string) => ({ title: 'Pelantikan Pejabat', body, publishedAt: '2026-11-02' })
const selection = 'Sebanyak 12 pejabat terpilih melalui seleksi terbuka. '

describe('round 20: the idiom of a community’s finest children', () => {
  it('reports the idiom even where the article reports a selection', () => {
    expect(warnings('puffery', article(`${selection}Mereka adalah putra-putri terbaik daerah yang siap bekerja.`))).toEqual(['terbaik'])
    expect(warnings('puffery', article(`${selection}Para pejabat baru itu anak-anak terbaik bangsa.`))).toEqual(['terbaik'])
  })

  it('leaves a ranking within a contest alone', () => {
    expect(warnings('puffery', article('Juri lomba memilih tiga pemain terbaik provinsi untuk pemusatan latihan.'))).toEqual([])
  })
})
