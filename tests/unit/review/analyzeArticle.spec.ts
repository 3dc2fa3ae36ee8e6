import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'
import type { ArticleInput } from '@/review/types'

import { expectOffsetsMatch } from './helpers'

const sloppy: ArticleInput = {
  title: 'Wow, Pasar Termegah Dibuka!',
  lead: 'Pasar yang sangat megah dibuka kemarin.',
  body: 'Walikota dengan sigap meresmikan pasar, Selasa (30/5/2022).\n\n"Pasar ini untuk semua warga dan pedagang kota."\n\nAyo belanja!',
  publishedAt: '2022-05-31',
}

describe('analyzeArticle', () => {
  const findings = analyzeArticle(sloppy)

  it('sorts by field (title, lead, body) then offset', () => {
    const order = { title: 0, lead: 1, body: 2 }
    for (let i = 1; i < findings.length; i++) {
      const a = findings[i - 1]
      const b = findings[i]
      expect(order[a.field] < order[b.field] || (a.field === b.field && a.start <= b.start)).toBe(true)
    }
    expect(new Set(findings.map((f) => f.field))).toEqual(new Set(['title', 'lead', 'body']))
  })

  it('gives offsets into the field string as given', () => {
    expect(expectOffsetsMatch(findings, sloppy)).toBe(true)
  })

  it('labels every finding with a category that fits its rule', () => {
    for (const f of findings) {
      const accuracy = ['weekday-date', 'name-consistency', 'preferred-spelling', 'number-consistency', 'number-format', 'unattributed-quote', 'unbalanced-quote', 'relative-time']
      expect(f.category).toBe(accuracy.includes(f.rule) ? 'accuracy' : 'neutrality')
      expect(f.message.length).toBeGreaterThan(20)
    }
  })

  it('finds the expected problems', () => {
    const rules = new Set(findings.map((f) => f.rule))
    // Since round 17 the lead's "sangat" is the degree of its praise word: one puffery finding, "sangat megah".
    expect(findings.some((f) => f.rule === 'puffery' && f.excerpt === 'sangat megah')).toBe(true)
    for (const rule of ['clickbait', 'puffery', 'exclamation', 'relative-time', 'preferred-spelling', 'loaded-language', 'weekday-date', 'unattributed-quote', 'call-to-action']) {
      expect(rules.has(rule as never), rule).toBe(true)
    }
  })

  it('runs only the requested rules', () => {
    expect(new Set(analyzeArticle(sloppy, { rules: ['puffery'] }).map((f) => f.rule))).toEqual(new Set(['puffery']))
  })

  it('adds and removes lexicon entries through extraLexicon', () => {
    const body = 'Pelayanan di kantor ini mantap jiwa dan sangat cepat.'
    const plain = analyzeArticle({ title: 'Layanan', body }, { rules: ['puffery', 'intensifier'] })
    expect(plain.map((f) => f.excerpt)).toEqual(['sangat'])
    const extra = analyzeArticle(
      { title: 'Layanan', body },
      { rules: ['puffery', 'intensifier'], extraLexicon: { puffery: ['mantap jiwa'], remove: { intensifiers: ['sangat'] } } },
    )
    expect(extra.map((f) => f.excerpt)).toEqual(['mantap jiwa'])
  })

  it('handles empty text and a missing lead', () => {
    expect(analyzeArticle({ title: '', body: '' })).toEqual([])
  })
})
