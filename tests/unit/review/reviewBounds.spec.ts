import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'
import { boundInput, MAX_REVIEWED_CHARS } from '@/review/boundInput'
import { createSpellChecker } from '@/review/spelling/createSpellChecker'
import { SPELL_TESTS_PER_REVIEW } from '@/review/spelling/testBudget'

import { expectOffsetsMatch } from './helpers'

const words = new Set(['masyarakat', 'kegiatan', 'layanan', 'warga', 'datang', 'bagi', 'yang', 'pelaksanaan', 'ini'])

/** A checker over `words` that counts its dictionary tests. */
function countingChecker() {
  const counter = { tests: 0 }
  const checker = createSpellChecker((w) => {
    counter.tests++
    return words.has(w)
  })
  return { checker, counter }
}

/** Made-up lower-case words of `length` letters, all different (a fixed-seed generator). */
function madeUpWords(count: number, length: number): string[] {
  let seed = 7
  return Array.from({ length: count }, () => {
    let word = ''
    for (let i = 0; i < length; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648
      word += 'abdeghiklmnoprstuy'[seed % 18]
    }
    return word
  })
}

describe('dictionary test budget', () => {
  it('a budgeted view stops searching once its tests are spent: unknown, no suggestion', () => {
    const { checker, counter } = countingChecker()
    const view = checker.budgeted!(50_000)
    const answers = madeUpWords(200, 14).map((w) => [view.isWord(w), view.suggest(w)])
    expect(counter.tests).toBeLessThanOrEqual(50_001)
    expect(answers.every(([known, suggestion]) => known === false && suggestion === null)).toBe(true)
  })

  it('a word the spent view could not decide is not cached: a view with budget left still suggests', () => {
    const { checker } = countingChecker()
    const spent = checker.budgeted!(1)
    expect(spent.suggest('masyrakat')).toBeNull()
    expect(checker.budgeted!(1_000_000).suggest('masyrakat')).toBe('masyarakat')
    expect(checker.suggest('pelaksaan')).toBe('pelaksanaan')
  })

  it('a word longer than any Indonesian word costs one test', () => {
    const { checker, counter } = countingChecker()
    expect(checker.isWord('a'.repeat(5000))).toBe(false)
    expect(checker.suggest('b'.repeat(31))).toBeNull()
    expect(counter.tests).toBe(2)
  })

  it('one analysis of thousands of made-up words stays within the budget and still reports the real slip', () => {
    const { checker, counter } = countingChecker()
    const body = `Layanan ini bagi masyrakat yang datang.\n\n${madeUpWords(1500, 16).join(' ')}`
    const findings = analyzeArticle({ title: 'Berita', body }, { spellChecker: checker, rules: ['typo'] })
    expect(counter.tests).toBeLessThanOrEqual(SPELL_TESTS_PER_REVIEW + 1)
    // The made-up words make the text read as another language, so the typo rule stays silent on it.
    expect(findings).toEqual([])
    counter.tests = 0
    expect(analyzeArticle({ title: 'Berita', body: 'Layanan ini bagi masyrakat yang datang.' }, { spellChecker: checker, rules: ['typo'] }).map((f) => f.suggestion)).toEqual(['masyarakat'])
  })
})

describe('bounded input', () => {
  const paragraph = 'Warga datang ke balai kota untuk layanan administrasi kependudukan yang dibuka setiap hari kerja.'

  it('reads a long body up to the last paragraph break before the bound and says so with a warning', () => {
    const body = Array.from({ length: 600 }, () => paragraph).join('\n\n') + '\n\nAyo datang kemarin!'
    const input = { title: 'Berita', body, publishedAt: '2026-03-02' }
    const findings = analyzeArticle(input)
    const limit = findings.filter((f) => f.rule === 'review-limit')
    expect(limit).toHaveLength(1)
    expect(limit[0]).toMatchObject({ field: 'body', severity: 'warning' })
    expect(limit[0].start).toBeLessThanOrEqual(MAX_REVIEWED_CHARS)
    expect(body.slice(limit[0].start - 2, limit[0].start)).not.toBe('')
    expect(body.slice(limit[0].start, limit[0].start + 2)).toBe('\n\n')
    expect(limit[0].message).toContain('hanya memeriksa')
    // The unread tail raised nothing; every finding's excerpt is the original text at its offsets.
    expect(findings.filter((f) => f.rule === 'relative-time' || f.rule === 'exclamation')).toEqual([])
    expect(expectOffsetsMatch(findings, input)).toBe(true)
  })

  it('a short article is read whole, with no warning', () => {
    const findings = analyzeArticle({ title: 'Berita', body: `${paragraph} Ayo datang kemarin!`, publishedAt: '2026-03-02' })
    expect(findings.map((f) => f.rule)).toContain('relative-time')
    expect(findings.map((f) => f.rule)).not.toContain('review-limit')
  })

  it('fills long whitespace runs in place: same length, offsets and excerpts of the original', () => {
    const body = `${paragraph}${' '.repeat(20_000)}Warga datang kemarin.\n\n${'\n'.repeat(5_000)}Ayo daftar sekarang juga!`
    const { input } = boundInput({ title: 'Berita', body })
    expect(input.body.length).toBe(body.length)
    expect(/\s{17}/u.test(input.body)).toBe(false)
    const original = { title: 'Berita', body, publishedAt: '2026-03-02' }
    const findings = analyzeArticle(original)
    expect(findings.find((f) => f.rule === 'relative-time')?.excerpt).toBe('kemarin')
    expect(findings.map((f) => f.rule)).not.toContain('review-limit')
    expect(expectOffsetsMatch(findings, original)).toBe(true)
  })
})
