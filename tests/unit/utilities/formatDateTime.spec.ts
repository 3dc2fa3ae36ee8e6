import { describe, expect, it } from 'vitest'

import { formatDateTime, formatShortDateTime } from '@/utilities/formatDateTime'

describe('formatDateTime', () => {
  it('writes dates the Indonesian news way, in WIB', () => {
    expect(formatDateTime('2022-05-30T03:15:00Z')).toBe('Senin, 30 Mei 2022 10.15 WIB')
    expect(formatDateTime(new Date('2026-12-31T17:05:00Z'))).toBe('Jumat, 1 Januari 2027 00.05 WIB')
  })
})

describe('formatDateTime for the admin and the portal', () => {
  it('gives "Rabu, 2 Desember 2026 08.00 WIB" for 01:00 UTC on 2 December 2026', () => {
    expect(formatDateTime('2026-12-02T01:00:00Z')).toBe('Rabu, 2 Desember 2026 08.00 WIB')
  })
})

describe('formatShortDateTime', () => {
  it('writes one short line for a phone, still in WIB', () => {
    expect(formatShortDateTime('2026-12-03T21:48:00Z')).toBe('4 Des 2026 04.48 WIB')
    expect(formatShortDateTime(new Date('2026-05-30T03:15:00Z'))).toBe('30 Mei 2026 10.15 WIB')
  })
})
