import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'
import { parseArticleText } from '@/review/parseArticleText'
import { seedOfficialNames } from '@/review/registry/seedOfficialNames'

interface Annotated {
  file: string
  publishedAt: string
  neutral: boolean
  expected: { rule: string; excerpt: string }[]
}

// The dev split (tuning); a frozen held-out split is scored by bench/review-precision.ts only.
const dir = path.resolve(__dirname, '../../review-corpus/dev')
const { articles } = JSON.parse(readFileSync(path.join(dir, 'annotations.json'), 'utf8')) as { articles: Annotated[] }
const load = (a: Annotated) => {
  const { title, body } = parseArticleText(readFileSync(path.join(dir, a.file), 'utf8'))
  return analyzeArticle({ title, body, publishedAt: a.publishedAt }, { registry: seedOfficialNames })
}

const norm = (s: string) => s.toLowerCase().replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim()
const matches = (found: string, expected: string) => norm(found).includes(norm(expected)) || norm(expected).includes(norm(found))

describe('review corpus', () => {
  it('has at least 120 dev articles, neutral and loaded', () => {
    expect(articles.length).toBeGreaterThanOrEqual(120)
    expect(articles.filter((a) => a.neutral).length).toBeGreaterThanOrEqual(5)
    expect(articles.filter((a) => !a.neutral).length).toBeGreaterThanOrEqual(5)
  })

  for (const article of articles.filter((a) => a.neutral)) {
    it(`${article.file}: a neutral, attributed article has no warning or error neutrality finding`, () => {
      const problems = load(article).filter((f) => f.category === 'neutrality' && f.severity !== 'info')
      expect(problems.map((f) => `${f.rule}: ${f.excerpt}`)).toEqual([])
    })
  }

  // Typos need the hunspell dictionary, which the unit tests do not load.
  const checkable = (a: Annotated) => a.expected.filter((e) => e.rule !== 'typo')
  for (const article of articles.filter((a) => checkable(a).length > 0)) {
    it(`${article.file}: most annotated problems are found`, () => {
      const findings = load(article).filter((f) => f.severity !== 'info')
      const expected = checkable(article)
      const found = expected.filter((e) => findings.some((f) => f.rule === e.rule && matches(f.excerpt, e.excerpt)))
      expect(found.length / expected.length).toBeGreaterThanOrEqual(0.75)
    })
  }
})
