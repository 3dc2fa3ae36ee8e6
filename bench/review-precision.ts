/**
 * Precision and recall per rule of the review assistant against the hand-annotated corpus in
 * tests/review-corpus/ (annotations.json). Only warning and error findings are scored.
 *
 *   npx tsx bench/review-precision.ts
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { analyzeArticle } from '@/review/analyzeArticle'
import { parseArticleText } from '@/review/parseArticleText'
import type { Finding } from '@/review/types'

interface Expected {
  rule: string
  excerpt: string
}
interface Annotated {
  file: string
  publishedAt: string
  neutral: boolean
  expected: Expected[]
}

const dir = path.resolve(import.meta.dirname, '../tests/review-corpus')
const { articles } = JSON.parse(readFileSync(path.join(dir, 'annotations.json'), 'utf8')) as { articles: Annotated[] }

const norm = (s: string) => s.toLowerCase().replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim()
const matches = (f: Finding, e: Expected) =>
  f.rule === e.rule && (norm(f.excerpt).includes(norm(e.excerpt)) || norm(e.excerpt).includes(norm(f.excerpt)))

const stats = new Map<string, { tp: number; fp: number; fn: number }>()
const stat = (rule: string) => {
  let s = stats.get(rule)
  if (!s) stats.set(rule, (s = { tp: 0, fp: 0, fn: 0 }))
  return s
}
const misses: string[] = []
let neutralProblems = 0

for (const article of articles) {
  const { title, body } = parseArticleText(readFileSync(path.join(dir, article.file), 'utf8'))
  const findings = analyzeArticle({ title, body, publishedAt: article.publishedAt }).filter((f) => f.severity !== 'info')
  const used = new Set<Finding>()
  for (const expected of article.expected) {
    const hit = findings.find((f) => !used.has(f) && matches(f, expected))
    if (hit) {
      used.add(hit)
      stat(expected.rule).tp++
    } else {
      stat(expected.rule).fn++
      misses.push(`  missed   ${article.file}: ${expected.rule} "${expected.excerpt}"`)
    }
  }
  for (const f of findings) {
    if (used.has(f)) continue
    stat(f.rule).fp++
    misses.push(`  spurious ${article.file}: ${f.rule} "${f.excerpt}" (${f.severity})`)
  }
  if (article.neutral) neutralProblems += findings.filter((f) => f.category === 'neutrality').length
}

const pct = (a: number, b: number) => (b === 0 ? '   –  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`)
const rows = [...stats.entries()].sort(([a], [b]) => a.localeCompare(b))
const total = rows.reduce((t, [, s]) => ({ tp: t.tp + s.tp, fp: t.fp + s.fp, fn: t.fn + s.fn }), { tp: 0, fp: 0, fn: 0 })
console.log(`Corpus: ${articles.length} articles (${articles.filter((a) => a.neutral).length} neutral)\n`)
console.log('rule                     TP  FP  FN  precision  recall')
for (const [rule, s] of [...rows, ['TOTAL', total] as const]) {
  console.log(`${rule.padEnd(24)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}   ${pct(s.tp, s.tp + s.fp)}   ${pct(s.tp, s.tp + s.fn)}`)
}
console.log(`\nwarning/error neutrality findings in neutral articles: ${neutralProblems}`)
if (misses.length) console.log(`\nDifferences:\n${misses.join('\n')}`)
