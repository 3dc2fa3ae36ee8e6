import { describe, expect, it } from 'vitest'

import { lastReviewedBefore } from '@/components/NewsVersions/lastReviewedBefore'
import { pageOutOfRange } from '@/data/pageNumber'

describe('version history: lastReviewedBefore', () => {
  // Newest first, as the history lists them.
  const versions = [
    { id: 'v5', updatedAt: '2026-12-02T05:00:00Z', state: 'draft' },
    { id: 'v4', updatedAt: '2026-12-02T04:00:00Z', state: 'draft' },
    { id: 'v3', updatedAt: '2026-12-02T03:00:00Z', state: 'published' },
    { id: 'v2', updatedAt: '2026-12-02T02:00:00Z', state: 'in_review' },
    { id: 'v1', updatedAt: '2026-12-02T01:00:00Z', state: 'draft' },
  ]
  it('compares a later edit with the last version a verifier vouched for, not the previous save', () => {
    expect(lastReviewedBefore(versions, 0)?.id).toBe('v3')
    expect(lastReviewedBefore(versions, 1)?.id).toBe('v3')
  })
  it('falls back to the previous version before any review, and to nothing for the first', () => {
    expect(lastReviewedBefore(versions, 3)?.id).toBe('v1')
    expect(lastReviewedBefore(versions, 4)).toBeUndefined()
  })
})

describe('portal pagination: pageOutOfRange', () => {
  it('is true only past the last page (page 1 of an empty list stays a page)', () => {
    expect(pageOutOfRange(1, 0)).toBe(false)
    expect(pageOutOfRange(3, 3)).toBe(false)
    expect(pageOutOfRange(4, 3)).toBe(true)
  })
})
