import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'
import { parseArticleText } from '@/review/parseArticleText'

interface Annotated {
  file: string
  publishedAt: string
  neutral: boolean
  expected: { rule: string; excerpt: string }[]
}

const dir = path.resolve(__dirname, '../../review-corpus')
const { articles } = JSON.parse(readFileSync(path.join(dir, 'annotations.json'), 'utf8')) as { articles: Annotated[] }
const load = (a: Annotated) => {
  const { title, body } = parseArticleText(readFileSync(path.join(dir, a.file), 'utf8'))
  return analyzeArticle({ title, body, publishedAt: a.publishedAt })
}

describe('review corpus', () => {
  it('has at least 12 articles, neutral and loaded', () => {
    expect(articles.length).toBeGreaterThanOrEqual(12)
    expect(articles.filter((a) => a.neutral).length).toBeGreaterThanOrEqual(5)
    expect(articles.filter((a) => !a.neutral).length).toBeGreaterThanOrEqual(5)
  })

  for (const article of articles.filter((a) => a.neutral)) {
    it(`${article.file}: a neutral, attributed article has no warning or error neutrality finding`, () => {
      const problems = load(article).filter((f) => f.category === 'neutrality' && f.severity !== 'info')
      expect(problems.map((f) => `${f.rule}: ${f.excerpt}`)).toEqual([])
    })
  }

  for (const article of articles.filter((a) => !a.neutral)) {
    it(`${article.file}: most annotated problems are found`, () => {
      const findings = load(article).filter((f) => f.severity !== 'info')
      const found = article.expected.filter((e) =>
        findings.some((f) => f.rule === e.rule && f.excerpt.toLowerCase().includes(e.excerpt.toLowerCase().replace(/[“”]/g, '"'))),
      )
      expect(found.length / article.expected.length).toBeGreaterThanOrEqual(0.75)
    })
  }
})
