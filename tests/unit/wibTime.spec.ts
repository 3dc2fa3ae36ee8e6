import { describe, expect, it } from 'vitest'

import { pickedAsWibIso, scheduleProblem, wibIsoAsPicked } from '@/components/WorkflowDialogs/wibTime'

describe('schedule picker time in WIB', () => {
  it('takes the picked calendar day and time as WIB, whatever the browser time zone', () => {
    // 3 December 2026 08.00 in the picker → 01.00 UTC.
    expect(pickedAsWibIso(new Date(2026, 11, 3, 8, 0))).toBe('2026-12-03T01:00:00.000Z')
    // Just after midnight WIB is the previous day in UTC.
    expect(pickedAsWibIso(new Date(2026, 0, 1, 0, 30))).toBe('2025-12-31T17:30:00.000Z')
  })

  it('round-trips an ISO time through the picker', () => {
    for (const iso of ['2026-12-03T01:00:00.000Z', '2025-12-31T17:30:00.000Z', '2027-06-15T23:45:00.000Z']) {
      expect(pickedAsWibIso(wibIsoAsPicked(iso))).toBe(iso)
    }
  })

  it('explains a missing, past or too-close time in Indonesian', () => {
    const now = new Date('2026-12-02T03:00:00.000Z')
    expect(scheduleProblem(null, now)).toMatch(/Pilih tanggal/)
    expect(scheduleProblem('2026-12-02T02:00:00.000Z', now)).toMatch(/satu menit dari sekarang/)
    expect(scheduleProblem('2026-12-02T03:00:30.000Z', now)).toMatch(/satu menit/)
    expect(scheduleProblem('2026-12-03T01:00:00.000Z', now)).toBeNull()
  })
})
