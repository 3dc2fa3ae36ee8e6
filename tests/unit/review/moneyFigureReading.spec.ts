import { describe, expect, it } from 'vitest'

import { parseNumber } from '@/review/parseNumber'

import { excerpts } from './helpers'

const money = (title: string, body: string) => excerpts('money-consistency', { title, body, publishedAt: '2026-10-12' })

describe('money-consistency: figures read as the writer meant them (round 19)', () => {
  it('reads a comma before an Indonesian magnitude as a decimal, even with three digits after it', () => {
    expect(parseNumber('2,125', 'miliar')).toBe(2.125e9)
    expect(parseNumber('2,125', 'billion')).toBe(2125e9)
    expect(money('Retribusi Parkir Lampaui Target', 'Retribusi parkir terkumpul Rp2,125 miliar atau 106,25 persen dari target Rp2 miliar.')).toEqual([])
  })

  it('still reports a share that does not match such an amount', () => {
    expect(money('Retribusi Parkir Lampaui Target', 'Retribusi parkir terkumpul Rp2,125 miliar atau 116,25 persen dari target Rp2 miliar.')).toHaveLength(1)
  })

  it('reads slipped separators between groups of three as thousands', () => {
    expect(parseNumber('240,000.000')).toBe(240e6)
    expect(money('Banjir Rusak Gudang, Kerugian Rp240 Juta', 'Kerugian akibat banjir ditaksir Rp240,000.000 menurut petugas.')).toEqual([])
    expect(money('Banjir Rusak Gudang, Kerugian Rp240 Juta', 'Kerugian akibat banjir ditaksir Rp420,000.000 menurut petugas.')).toHaveLength(1)
  })

  it('keeps English decimals and Indonesian grouping', () => {
    expect(parseNumber('1,500,000.50')).toBe(1500000.5)
    expect(parseNumber('1.500.000,50')).toBe(1500000.5)
    expect(parseNumber('2,5', 'juta')).toBe(2.5e6)
  })
})
