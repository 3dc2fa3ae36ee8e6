import { describe, expect, it } from 'vitest'

import { check } from './helpers'

describe('preferred-spelling', () => {
  it('reports non-standard spellings with the preferred form', () => {
    const findings = check('preferred-spelling', 'Walikota menyampaikan himbauan soal ijin keramaian.')
    expect(findings.map((f) => [f.excerpt, f.severity])).toEqual([
      ['Walikota', 'warning'],
      ['himbauan', 'warning'],
      ['ijin', 'warning'],
    ])
    expect(findings[0].message).toContain('Wali Kota')
  })

  it('accepts the preferred spelling and words that merely contain a variant', () => {
    expect(check('preferred-spelling', 'Wali Kota menyampaikan imbauan soal izin dan perizinan.')).toEqual([])
  })

  it('takes office spellings from the extra lexicon', () => {
    const extraLexicon = { spellings: [{ preferred: 'Diskominfosan', variants: ['Diskominfo Sandi'], severity: 'warning' as const }] }
    expect(check('preferred-spelling', 'Kepala Diskominfo Sandi hadir.', { extraLexicon })[0]?.excerpt).toBe('Diskominfo Sandi')
  })
})
