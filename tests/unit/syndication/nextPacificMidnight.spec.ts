import { describe, expect, it } from 'vitest'

import { nextPacificMidnight } from '@/syndication/youtube/nextPacificMidnight'

describe('nextPacificMidnight', () => {
  it('is the next 00:00 in Los Angeles, across DST changes', () => {
    expect(new Date(nextPacificMidnight(Date.parse('2026-03-01T01:00:00Z'))).toISOString()).toBe(
      '2026-03-01T08:00:00.000Z',
    )
    expect(new Date(nextPacificMidnight(Date.parse('2026-07-01T12:00:00Z'))).toISOString()).toBe(
      '2026-07-02T07:00:00.000Z',
    )
    // 2026-03-08 is the spring-forward day (23 h long).
    expect(new Date(nextPacificMidnight(Date.parse('2026-03-08T09:00:00Z'))).toISOString()).toBe(
      '2026-03-09T07:00:00.000Z',
    )
    expect(new Date(nextPacificMidnight(Date.parse('2026-11-01T08:30:00Z'))).toISOString()).toBe(
      '2026-11-02T08:00:00.000Z',
    )
  })
})
