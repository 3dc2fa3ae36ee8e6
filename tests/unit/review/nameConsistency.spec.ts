import { describe, expect, it } from 'vitest'

import { check } from './helpers'

describe('name-consistency', () => {
  it('reports both spellings of the same name', () => {
    const findings = check('name-consistency', {
      title: 'Haryadi Suyuti Resmikan Pasar Kranggan',
      body: 'Wali Kota Yogyakarta Haryadi Suyoti meresmikan pasar itu. Menurut Haryadi Suyuti, pedagang akan ditata ulang.',
    })
    expect(findings.map((f) => [f.field, f.excerpt])).toEqual([
      ['title', 'Haryadi Suyuti'],
      ['body', 'Haryadi Suyoti'],
    ])
    expect(findings[1].message).toContain('Suyuti')
    expect(findings.every((f) => f.severity === 'warning')).toBe(true)
  })

  it('reports a one-letter slip in a long surname even without the given name', () => {
    const findings = check('name-consistency', 'Kepala dinas, Sugiharto, hadir. Menurut keterangan Sugiarto, acara berjalan lancar.')
    expect(findings.map((f) => f.excerpt).sort()).toEqual(['Sugiarto', 'Sugiharto'])
  })

  it('does not confuse different real words, short names or sentence starts', () => {
    expect(check('name-consistency', 'Selama ini pasar ramai. Rapat digelar Selasa (31/5) di Balai Kota.')).toEqual([])
    expect(check('name-consistency', 'Andi dan Andri hadir bersama Budi dan Bude.')).toEqual([])
    expect(check('name-consistency', 'Ketua DPRD hadir. Ketut Sudarsana juga hadir.')).toEqual([])
    expect(check('name-consistency', 'Warga Bantul menerima Bantuan Langsung Tunai.')).toEqual([])
    expect(check('name-consistency', 'Kepala Dinas Pertanian dan Kepala Dinas Pertanahan hadir di Kotagede dan Kotabaru.')).toEqual([])
  })

  it('reports a near miss of an official name from the office lexicon', () => {
    const findings = check('name-consistency', 'Acara dibuka oleh Hasto Wardoyi di Balai Kota.', {
      extraLexicon: { officialNames: ['Hasto Wardoyo'] },
    })
    expect(findings).toHaveLength(1)
    expect(findings[0].message).toContain('Hasto Wardoyo')
    expect(check('name-consistency', 'Acara dibuka oleh Hasto Wardoyo.', { extraLexicon: { officialNames: ['Hasto Wardoyo'] } })).toEqual([])
  })
})
