import { describe, expect, it } from 'vitest'

import { loadSpellChecker } from '@/review/spelling/loadSpellChecker'

import { check } from './helpers'

// Round 11: widely used forms KBBI questions are notes, madrasah and mosque words are words. None of the examples is taken from the corpus.

describe('round 11: common forms KBBI questions', () => {
  it('gives "pengrajin", "pondasi" and "terlanjur" as notes (info), not warnings', () => {
    const found = check('preferred-spelling', 'Para pengrajin gerabah memperkuat pondasi usaha yang terlanjur lesu.')
    expect(found.map((f) => [f.excerpt, f.severity])).toEqual([
      ['pengrajin', 'info'],
      ['pondasi', 'info'],
      ['terlanjur', 'info'],
    ])
  })
})

const checker = loadSpellChecker()

describe.skipIf(!checker)('round 11: madrasah levels and pesantren words', () => {
  it('are dictionary words', () => {
    for (const w of ['ibtidaiyah', 'tsanawiyah', 'takmir', 'tahfiz', 'tahfidz', 'ponpes']) expect(checker?.isWord(w), w).toBe(true)
  })

  it('are not typos in a sentence', () => {
    const found = check('typo', 'Siswa madrasah ibtidaiyah dan tsanawiyah mengikuti lomba tahfiz di masjid yang dikelola takmir kampung.', { spellChecker: checker ?? undefined })
    expect(found).toEqual([])
  })
})
