import { describe, expect, it } from 'vitest'

import { backoff } from '@/utilities/backoff'

describe('backoff', () => {
  const none = () => 0
  it('doubles from the base and caps', () => {
    expect([0, 1, 2, 3, 10].map((attempt) => backoff({ attempt, random: none }))).toEqual([
      1000, 2000, 4000, 8000, 64_000,
    ])
    expect(backoff({ attempt: 3, baseMs: 500, maxMs: 2000, random: none })).toBe(2000)
  })
  it('adds jitter in [0, jitterMs)', () => {
    expect(backoff({ attempt: 0, random: () => 0.999, jitterMs: 1000 })).toBe(1999)
    const samples = Array.from({ length: 50 }, () => backoff({ attempt: 1 }))
    for (const value of samples) expect(value).toBeGreaterThanOrEqual(2000)
    for (const value of samples) expect(value).toBeLessThan(3000)
  })
  it('never retries earlier than Retry-After (seconds, HTTP date or ms)', () => {
    expect(backoff({ attempt: 0, random: none, retryAfter: '120' })).toBe(120_000)
    const now = Date.parse('2026-03-01T00:00:00Z')
    expect(backoff({ attempt: 0, random: none, retryAfter: 'Sun, 01 Mar 2026 00:00:30 GMT', now: () => now })).toBe(
      30_000,
    )
    expect(backoff({ attempt: 0, random: none, retryAfter: 5000 })).toBe(5000)
    // A hint shorter than our own schedule does not shorten it.
    expect(backoff({ attempt: 4, random: none, retryAfter: '1' })).toBe(16_000)
    expect(backoff({ attempt: 0, random: none, retryAfter: 'garbage' })).toBe(1000)
  })
})
