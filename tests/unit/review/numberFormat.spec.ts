import { describe, expect, it } from 'vitest'

import { check } from './helpers'

describe('number-format', () => {
  it('reports mixed separators, broken groups and decimal points', () => {
    const findings = check('number-format', 'Anggaran 1,500.000 rupiah, hibah Rp 1.5 juta, dan sewa Rp1.000.00 per hari.')
    expect(findings.map((f) => f.excerpt)).toEqual(['1,500.000', 'Rp 1.5 juta', 'Rp1.000.00'])
    expect(findings.every((f) => f.severity === 'warning' && f.category === 'accuracy')).toBe(true)
    expect(findings[1].message).toContain('1,5 juta')
  })

  it('accepts correct Indonesian figures, times and dates', () => {
    expect(
      check('number-format', 'Anggaran Rp1.500.000.000, hibah Rp 1,5 juta, inflasi 2,5 persen, pukul 10.00 WIB, 30/5/2022, Rp2.500.000,50 dan 1.000 warga.'),
    ).toEqual([])
  })

  it('accepts English grouping and decimals', () => {
    expect(check('number-format', 'A budget of 1,500,000 rupiah and 2.5 million visitors.')).toEqual([])
  })
})

describe('number-format in English', () => {
  it('accepts a decimal point before an English magnitude', () => {
    expect(check('number-format', 'The renovation cost Rp8.2 billion.')).toEqual([])
  })
})
