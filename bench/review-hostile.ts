/**
 * Time of one analyzeArticle call on hostile or runaway text: long runs of one pattern (digits,
 * whitespace, amounts, capitalised words, made-up words, quotes …), each 200,000 characters, with
 * the demo registry and the Indonesian dictionary loaded. The rules read at most
 * MAX_REVIEWED_CHARS per field and the dictionary search at most SPELL_TESTS_PER_REVIEW tests per
 * review (docs/review.md, "Hostile input"), so every line should stay around a second or two; before
 * those bounds 20,000 spaces took 2.8 s, 200 digits 9 s and 3,000 made-up words 160 s.
 *
 *   npx tsx bench/review-hostile.ts [characters]
 */
import { analyzeArticle } from '@/review/analyzeArticle'
import { seedOfficialNames } from '@/review/registry/seedOfficialNames'
import { loadSpellChecker } from '@/review/spelling/loadSpellChecker'

const options = { registry: seedOfficialNames, spellChecker: loadSpellChecker() }
const size = Number(process.argv[2] ?? 200_000)

/** A made-up word of `n` letters from a fixed-seed generator. */
function madeUp(n: number, seed: number): string {
  let s = seed
  let w = ''
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) % 2147483648
    w += 'abdeghijklmnoprstuwy'[s % 20]
  }
  return w
}
const cap = (w: string) => w[0].toUpperCase() + w.slice(1)

const patterns: Record<string, (i: number) => string> = {
  'one long number': () => '1',
  'one long word': () => 'a',
  spaces: () => ' ',
  newlines: () => '\n',
  'dotted digits': () => '1.',
  amounts: () => 'Rp1.000 ',
  'amounts, varied': (i) => `Rp${(i * 7919) % 1000},${i % 9} miliar untuk ${madeUp(6, i % 30)}. `,
  'counts with nouns': (i) => `${(i * 7919) % 1000} ${madeUp(6, i % 50)} `,
  percentages: (i) => `${i % 100} persen ${madeUp(5, i % 20)}, `,
  dates: (i) => `${1 + (i % 28)} ${['Januari', 'Maret', 'Mei'][i % 3]} 2026 `,
  'capitalised names': (i) => `${cap(madeUp(7, i))} ${cap(madeUp(8, i + 99991))} `,
  quotes: (i) => `"${madeUp(6, i)}," kata ${cap(madeUp(6, i + 3))}. `,
  'made-up words': (i) => `${madeUp(8 + (i % 14), i)} `,
  'demonstratives': () => '150 orang itu ',
  intensifiers: () => 'sangat ',
  'open quote': (i) => (i === 0 ? '"' : 'kata '),
}

for (const [name, next] of Object.entries(patterns)) {
  let body = ''
  for (let i = 0; body.length < size; i++) body += next(i)
  body = body.slice(0, size)
  const start = performance.now()
  const findings = analyzeArticle({ title: body.slice(0, 200), lead: body.slice(0, 600), body }, options)
  console.log(`${name.padEnd(20)} ${(performance.now() - start).toFixed(0).padStart(6)} ms  ${findings.length} findings`)
}
