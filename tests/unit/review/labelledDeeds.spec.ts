import { describe, expect, it } from 'vitest'

import { check, warnings } from './helpers'

// Round 19: a derogatory label on a group's deed, written before the group. Sentences of my own.

const article = (body: string) => ({ title: 'Penertiban Pasar', body, publishedAt: '2026-09-30' })

describe('round 19: the label on a deed before the group', () => {
  it('reports the labelled deed in the writer’s voice', () => {
    expect(warnings('loaded-language', article('Ulah nakal para calo membuat antrean makin panjang.'))).toEqual(['Ulah nakal para calo'])
    expect(warnings('loaded-language', article('Warga mengeluhkan kelakuan culas oknum petugas di loket.'))).toEqual(['kelakuan culas oknum'])
  })

  it('leaves a neutral deed, a quote and a deed with no label alone', () => {
    expect(warnings('loaded-language', article('Ulah para calo membuat antrean makin panjang.'))).toEqual([])
    expect(warnings('loaded-language', article('Tindakan tegas petugas membuat antrean tertib.'))).toEqual([])
    const quoted = '"Ulah nakal para calo merugikan pemohon," kata Kepala Dinas.'
    expect(check('loaded-language', article(quoted)).filter((f) => f.severity !== 'info')).toEqual([])
  })
})
