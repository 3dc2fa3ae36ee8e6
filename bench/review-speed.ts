/**
 * Speed of analyzeArticle on a ~1,000-word article built from the dev corpus (neutral and loaded
 * paragraphs), with the demo city's official names registry and the Indonesian hunspell
 * dictionary loaded (as in the panel and the CLI). Prints the median and 95th percentile of many
 * runs. Target: median < 20 ms per 1,000 words. The typo rule caches per word, so repeated runs
 * measure the warm state of an editing session; the first (cold) run is printed too.
 *
 *   npx tsx bench/review-speed.ts
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { analyzeArticle } from '@/review/analyzeArticle'
import { parseArticleText } from '@/review/parseArticleText'
import { seedOfficialNames } from '@/review/registry/seedOfficialNames'
import { loadSpellChecker } from '@/review/spelling/loadSpellChecker'
import type { AnalyzeOptions } from '@/review/types'

const loadStart = performance.now()
const spellChecker = loadSpellChecker()
console.log(spellChecker ? `dictionary loaded in ${(performance.now() - loadStart).toFixed(0)} ms` : '(!) no Indonesian dictionary: typo rule off')
const options: AnalyzeOptions = { registry: seedOfficialNames, spellChecker }

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
const coldStart = performance.now()
analyzeArticle(input, options)
console.log(`first run (cold: every word looked up): ${(performance.now() - coldStart).toFixed(2)} ms`)
for (let i = 0; i < 20; i++) analyzeArticle(input, options) // warm-up (JIT, lexicon compilation)
// Interleaved with a run without registry and dictionary, so machine load affects both alike.
const times: number[] = []
const bare: number[] = []
let findings = 0
for (let i = 0; i < runs; i++) {
  const t0 = performance.now()
  findings = analyzeArticle(input, options).length
  times.push(performance.now() - t0)
  const t1 = performance.now()
  analyzeArticle(input)
  bare.push(performance.now() - t1)
}
const at = (list: number[], q: number) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))]
console.log(`article: ${words} words, ${input.body.length} characters, ${findings} findings`)
console.log(`with registry + dictionary — runs: ${runs}  median: ${at(times, 0.5).toFixed(2)} ms  p95: ${at(times, 0.95).toFixed(2)} ms  max: ${at(times, 1).toFixed(2)} ms`)
console.log(`without (interleaved)       — median: ${at(bare, 0.5).toFixed(2)} ms  p95: ${at(bare, 0.95).toFixed(2)} ms`)
const cold = performance.now()
analyzeArticle({ ...input }, { ...options, extraLexicon: { puffery: ['mantap'] } })
console.log(`first run with a new extraLexicon (compiles it): ${(performance.now() - cold).toFixed(2)} ms`)
