/**
 * Speed of analyzeArticle on a ~1,000-word article built from the corpus (neutral and loaded
 * paragraphs). Prints the median and 95th percentile of many runs. Target: median < 20 ms.
 *
 *   npx tsx bench/review-speed.ts
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { analyzeArticle } from '@/review/analyzeArticle'
import { parseArticleText } from '@/review/parseArticleText'

const dir = path.resolve(import.meta.dirname, '../tests/review-corpus/dev')
const paragraphs = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((f) => parseArticleText(readFileSync(path.join(dir, f), 'utf8')).body.split(/\n\s*\n/))

const chosen: string[] = []
let words = 0
for (let i = 0; words < 1000; i++) {
  const p = paragraphs[i % paragraphs.length]
  chosen.push(p)
  words += p.split(/\s+/).length
}
const input = {
  title: 'Pelatihan Batik Diikuti 150 Peserta, Wali Kota: Ini Luar Biasa!',
  lead: 'Pemerintah Kota Yogyakarta menggelar pelatihan membatik pada Selasa (31/5/2022).',
  body: chosen.join('\n\n'),
  publishedAt: '2022-06-01',
}

const runs = Number(process.argv[2] ?? 300)
for (let i = 0; i < 20; i++) analyzeArticle(input) // warm-up (JIT, lexicon compilation)
const times: number[] = []
let findings = 0
for (let i = 0; i < runs; i++) {
  const t0 = performance.now()
  findings = analyzeArticle(input).length
  times.push(performance.now() - t0)
}
times.sort((a, b) => a - b)
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]
console.log(`article: ${words} words, ${input.body.length} characters, ${findings} findings`)
console.log(`runs: ${runs}  median: ${at(0.5).toFixed(2)} ms  p95: ${at(0.95).toFixed(2)} ms  max: ${at(1).toFixed(2)} ms`)
const cold = performance.now()
analyzeArticle({ ...input }, { extraLexicon: { puffery: ['mantap'] } })
console.log(`first run with a new extraLexicon (compiles it): ${(performance.now() - cold).toFixed(2)} ms`)
