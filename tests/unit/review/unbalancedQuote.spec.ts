import { describe, expect, it } from 'vitest'

import { check } from './helpers'

describe('unbalanced-quote', () => {
  it('reports an opening mark never closed', () => {
    const findings = check('unbalanced-quote', '"Kami siap melayani warga, kata Kepala Dinas.\n\nPelayanan dibuka pukul 08.00 WIB.')
    expect(findings).toHaveLength(1)
    expect(findings[0].excerpt.startsWith('"Kami siap')).toBe(true)
    expect(findings[0].message).toContain('tidak ditutup')
  })

  it('reports a closing typographic mark never opened', () => {
    const findings = check('unbalanced-quote', 'Kami siap melayani warga,” kata Kepala Dinas.')
    expect(findings).toHaveLength(1)
    expect(findings[0].message).toContain('tanpa pembuka')
  })

  it('accepts balanced quotes and multi-paragraph quotes', () => {
    expect(check('unbalanced-quote', '"Kami siap," kata dia. “Kami juga siap,” ujar Budi.')).toEqual([])
    expect(
      check('unbalanced-quote', '"Paragraf pertama kutipan panjang dari narasumber.\n\n"Paragraf kedua menutup kutipan itu," kata Budi.'),
    ).toEqual([])
  })
})
