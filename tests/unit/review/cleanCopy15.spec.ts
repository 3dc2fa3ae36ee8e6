import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'
import { seedOfficialNames } from '@/review/registry/seedOfficialNames'

import { cleanCopy15a } from './fixtures/cleanCopy15a'
import { cleanCopy15b } from './fixtures/cleanCopy15b'
import { cleanCopy15c } from './fixtures/cleanCopy15c'
import { cleanCopy15d } from './fixtures/cleanCopy15d'

// Round 15 precision audit: clean copy written for the round, run through every rule with the
// demo registry (the typo rule needs the dictionary and is checked in typo.spec.ts).
// cleanCopy15d is the second audit, written after phase 2.
const pieces = [...cleanCopy15a, ...cleanCopy15b, ...cleanCopy15c, ...cleanCopy15d]

describe('round 15 clean copy: no warning on consistent, attributed copy', () => {
  it('has at least 110 pieces', () => expect(pieces.length).toBeGreaterThanOrEqual(110))
  pieces.forEach((piece, i) => {
    it(`piece ${i + 1}: ${piece.title}`, () => {
      const findings = analyzeArticle({ ...piece, publishedAt: '2026-11-20' }, { registry: seedOfficialNames })
      expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}: ${f.excerpt}`)).toEqual([])
    })
  })
})
