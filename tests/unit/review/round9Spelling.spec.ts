import { describe, expect, it } from 'vitest'

import { check, warnings } from './helpers'

describe('round 9: preferred-spelling covers the tidak-baku class', () => {
  it('reports common tidak-baku spellings of loanwords as warnings with the KBBI form', () => {
    const findings = check('preferred-spelling', 'Praktek itu beresiko, jadi petugas menganalisa jadual pelayanan dan nasehat dokter.')
    expect(findings.map((f) => [f.excerpt, f.severity])).toEqual([
      ['Praktek', 'warning'],
      ['beresiko', 'warning'],
      ['menganalisa', 'warning'],
      ['jadual', 'warning'],
      ['nasehat', 'warning'],
    ])
    expect(findings[0].message).toContain('"Praktik"')
  })

  it('leaves names and the standard forms alone, and notes a quotation as information only', () => {
    expect(check('preferred-spelling', 'Kepala Seksi Sri Rejeki menjelaskan praktik, risiko, dan jadwalnya.')).toEqual([])
    expect(warnings('preferred-spelling', '"Kami bongkar sampai lapis pondasi," katanya.')).toEqual([])
  })
})
