import { describe, expect, it } from 'vitest'

import { check } from './helpers'

describe('percentage-sum', () => {
  it('reports shares of one breakdown above 100 %', () => {
    const findings = check('percentage-sum', 'Dari sampah yang masuk, 55 persen sampah organik, 30 persen plastik, dan 25 persen lainnya.')
    expect(findings.map((f) => f.excerpt)).toEqual(['55 persen sampah organik, 30 persen plastik, dan 25 persen lainnya'])
    expect(findings[0].message).toContain('110 persen')
  })

  it('ignores changes, targets and breakdowns that add up', () => {
    expect(check('percentage-sum', 'Cakupan imunisasi mencapai 94 persen, naik dari 89 persen tahun lalu.')).toEqual([])
    expect(check('percentage-sum', 'Sebanyak 48,5 persen laki-laki dan 51,5 persen perempuan.')).toEqual([])
    expect(check('percentage-sum', 'Realisasi 95 persen dan capaian 98 persen.')).toEqual([])
    expect(check('percentage-sum', 'Sebanyak 60% setuju. Sebanyak 70% warga hadir.')).toEqual([])
  })
})

describe('percentage-sum: approximate shares and the last label (round 13)', () => {
  it('adds up a breakdown opened by "sekitar" and shows the last share with its label', () => {
    const findings = check('percentage-sum', 'Dari 90 ton sampah kering sepekan, sekitar 50 persen kertas, 40 persen plastik, dan 20 persen logam.')
    expect(findings.map((f) => f.excerpt)).toEqual(['50 persen kertas, 40 persen plastik, dan 20 persen logam'])
  })

  it('allows rounding in approximate shares', () => {
    expect(check('percentage-sum', 'Sekitar 34 persen organik, 33 persen plastik, dan 34 persen kertas.')).toEqual([])
  })
})

describe('percentage-sum: round 14', () => {
  it('adds up a composition opened by "terdiri dari" (a composition, not a change "dari … menjadi")', () => {
    const body = 'Sampah pasar terdiri dari 61 persen sampah organik, 22 persen plastik, 10 persen kertas, dan 12 persen lainnya.'
    expect(check('percentage-sum', body)).toHaveLength(1)
    expect(check('percentage-sum', body.replace('12 persen lainnya', '7 persen lainnya'))).toEqual([])
    expect(check('percentage-sum', 'Cakupan imunisasi naik dari 70 persen menjadi 85 persen.')).toEqual([])
  })
})

describe('percentage-sum: round 14, phase 2', () => {
  it('adds up shares after "mencapai" in a sentence opened by their whole', () => {
    expect(check('percentage-sum', 'Dari seluruh sampah yang masuk, organik sebesar 55 persen, plastik 30 persen, dan kertas 20 persen.')).toHaveLength(1)
    expect(check('percentage-sum', 'Cakupan mencapai 55 persen, naik dari 30 persen, dengan target 20 persen.')).toEqual([])
  })
})
