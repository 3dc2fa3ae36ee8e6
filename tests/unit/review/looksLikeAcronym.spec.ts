import { describe, expect, it } from 'vitest'

import { looksLikeAcronym } from '@/review/looksLikeAcronym'

describe('looksLikeAcronym', () => {
  it('takes words that cannot be split into Indonesian syllables as acronyms', () => {
    for (const w of ['DPUPKP', 'DPMPTSP', 'BAPPERIDA', 'BPKAD', 'KEMENPANRB', 'DPRD']) expect(looksLikeAcronym(w), w).toBe(true)
  })

  it('reads pronounceable words, also with clusters and "ngg", as words', () => {
    for (const w of ['GRATIS', 'PENTING', 'PERHATIAN', 'BANGGA', 'INSTRUKSI', 'KONSTRUKSI', 'EKSKLUSIF', 'SPEKTAKULER', 'STUNTING', 'DISKOMINFO']) {
      expect(looksLikeAcronym(w), w).toBe(false)
    }
  })
})
