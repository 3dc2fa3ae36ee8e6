/**
 * Precision and recall of the review assistant, per split and per rule, against the
 * hand-annotated corpus. tests/review-corpus/dev is the tuning split; a frozen held-out split,
 * when one is present in the tree, is passed by name and measured once. The first four frozen
 * splits (test, commit 7fc0172; test2, commit 9a3e3a0; test3, commit cbaf0ca; test4, commit
 * e62c80e) were each measured once and then moved into dev. Scored findings: severity warning/error, plus the typo
 * rule (low severity by design). Runs with the demo city's official names registry and the
 * Indonesian hunspell dictionary (REVIEW_DICTIONARY_DIR, default /usr/share/hunspell), as the
 * application does.
 *
 *   npx tsx bench/review-precision.ts [dev|<frozen split>] [--details] [--only=<prefix,…>] [--except=<prefix,…>]
 *
 * --only / --except keep or drop articles by file-name prefix: `dev --only=k` scores the former
 * test4 articles alone (the hold-out proxy), `dev --except=k` the rest of dev. A prefix matches
 * only when a digit follows it, so `k` does not select two-letter prefixes such as `ka01`
 * (every single letter is taken; splits from test25 on use two letters).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { analyzeArticle } from '@/review/analyzeArticle'
import { parseArticleText } from '@/review/parseArticleText'
import { seedOfficialNames } from '@/review/registry/seedOfficialNames'
import { loadSpellChecker } from '@/review/spelling/loadSpellChecker'
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
interface Stat {
  tp: number
  fp: number
  fn: number
}

const root = path.resolve(import.meta.dirname, '../tests/review-corpus')
const args = process.argv.slice(2)
const details = args.includes('--details')
const splits = args.filter((a) => !a.startsWith('--'))
const prefixes = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3).split(',').filter(Boolean)
const only = prefixes('only')
const except = prefixes('except')
const hasPrefix = (file: string, prefix: string) => file.startsWith(prefix) && /\d/.test(file.charAt(prefix.length))
const selected = (file: string) => (!only || only.some((p) => hasPrefix(file, p))) && !except?.some((p) => hasPrefix(file, p))
const spellChecker = loadSpellChecker()
if (!spellChecker) console.log('(!) Indonesian dictionary not found: the typo rule is off.\n')

const norm = (s: string) => s.toLowerCase().replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim()
const matches = (f: Finding, e: Expected) =>
  f.rule === e.rule && (norm(f.excerpt).includes(norm(e.excerpt)) || norm(e.excerpt).includes(norm(f.excerpt)))
const scored = (f: Finding) => f.severity !== 'info' || f.rule === 'typo'
const pct = (a: number, b: number) => (b === 0 ? '   –  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`)

function evaluate(split: string): void {
  const dir = path.join(root, split)
  const all = (JSON.parse(readFileSync(path.join(dir, 'annotations.json'), 'utf8')) as { articles: Annotated[] }).articles
  const articles = all.filter((a) => selected(a.file))
  const stats = new Map<string, Stat>()
  const stat = (rule: string) => {
    let s = stats.get(rule)
    if (!s) stats.set(rule, (s = { tp: 0, fp: 0, fn: 0 }))
    return s
  }
  const differences: string[] = []
  let neutralProblems = 0
  for (const article of articles) {
    const { title, body } = parseArticleText(readFileSync(path.join(dir, article.file), 'utf8'))
    const findings = analyzeArticle({ title, body, publishedAt: article.publishedAt }, { registry: seedOfficialNames, spellChecker }).filter(scored)
    const used = new Set<Finding>()
    for (const expected of article.expected) {
      const hit = findings.find((f) => !used.has(f) && matches(f, expected))
      if (hit) {
        used.add(hit)
        stat(expected.rule).tp++
      } else {
        stat(expected.rule).fn++
        differences.push(`  missed   ${article.file}: ${expected.rule} "${expected.excerpt}"`)
      }
    }
    for (const f of findings) {
      if (used.has(f)) continue
      stat(f.rule).fp++
      differences.push(`  spurious ${article.file}: ${f.rule} "${f.excerpt}" (${f.severity})`)
    }
    if (article.neutral) neutralProblems += findings.filter((f) => f.category === 'neutrality' && f.severity !== 'info').length
  }
  const rows = [...stats.entries()].sort(([a], [b]) => a.localeCompare(b))
  const total = rows.reduce((t, [, s]) => ({ tp: t.tp + s.tp, fp: t.fp + s.fp, fn: t.fn + s.fn }), { tp: 0, fp: 0, fn: 0 })
  console.log(`== split ${split}${articles.length < all.length ? ` (subset ${args.filter((a) => /^--(only|except)=/.test(a)).join(' ')})` : ''}: ${articles.length} articles (${articles.filter((a) => a.neutral).length} neutral)\n`)
  console.log('rule                     TP  FP  FN  precision  recall')
  for (const [rule, s] of [...rows, ['TOTAL', total] as const]) {
    console.log(`${rule.padEnd(24)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}   ${pct(s.tp, s.tp + s.fp)}   ${pct(s.tp, s.tp + s.fn)}`)
  }
  console.log(`\nwarning/error neutrality findings in neutral articles: ${neutralProblems}`)
  if (details && differences.length) console.log(`\nDifferences:\n${differences.join('\n')}`)
  console.log('')
}

for (const split of splits.length ? splits : ['dev']) evaluate(split)
