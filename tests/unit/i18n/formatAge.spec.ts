import { describe, expect, it } from 'vitest'

import { formatAge } from '@/i18n/formatAge'

describe('formatAge', () => {
  const now = new Date('2026-12-02T08:00:00Z')
  it('says how long an item has waited, in Indonesian units', () => {
    expect(formatAge('2026-12-02T07:59:40Z', now)).toBe('baru saja')
    expect(formatAge('2026-12-02T07:48:00Z', now)).toBe('12 menit')
    expect(formatAge('2026-12-02T05:00:00Z', now)).toBe('3 jam')
    expect(formatAge('2026-11-29T07:00:00Z', now)).toBe('3 hari')
  })
})
