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
  it('has at least 160 dev articles, neutral and loaded', () => {
    expect(articles.length).toBeGreaterThanOrEqual(160)
    expect(articles.filter((a) => a.neutral).length).toBeGreaterThanOrEqual(5)
    expect(articles.filter((a) => !a.neutral).length).toBeGreaterThanOrEqual(5)
  })

  for (const article of articles.filter((a) => a.neutral)) {
    it(`${article.file}: a neutral, attributed article has no warning or error neutrality finding`, () => {
      const problems = load(article).filter((f) => f.category === 'neutrality' && f.severity !== 'info')
      expect(problems.map((f) => `${f.rule}: ${f.excerpt}`)).toEqual([])
    })
  }

  // Typos need the hunspell dictionary, which the unit tests do not load. Recall is held over the
  // whole dev split (not per article): the known misses are listed in docs/review.md, and a rule
  // change that loses more than a few of the found ones fails here with the lost excerpts. A frozen
  // split moved in unseen may lower the figure (test21: 92.6 %) until the next round is tuned on it.
  it('finds at least 93 % of the annotated non-typo problems of the dev split', () => {
    const missed: string[] = []
    let expectedCount = 0
    for (const article of articles) {
      const expected = article.expected.filter((e) => e.rule !== 'typo')
      if (expected.length === 0) continue
      const findings = load(article).filter((f) => f.severity !== 'info')
      expectedCount += expected.length
      for (const e of expected) if (!findings.some((f) => f.rule === e.rule && matches(f.excerpt, e.excerpt))) missed.push(`${article.file}: ${e.rule} "${e.excerpt}"`)
    }
    const recall = 1 - missed.length / expectedCount
    expect(recall, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(0.93)
  })
})
