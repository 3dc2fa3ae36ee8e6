import { describe, expect, it } from 'vitest'

import { loadSpellChecker } from '@/review/spelling/loadSpellChecker'
import { isReduplicatedOrBeForm } from '@/review/spelling/reduplication'

import { check } from './helpers'

// Round 19: regular derivations neither dictionary lists are no typos. Words and sentences of my own.

const checker = loadSpellChecker()
const typos = (body: string) => check('typo', body, { spellChecker: checker ?? undefined }).map((f) => f.excerpt)

describe('round 19: partial reduplication without -an', () => {
  const known = (w: string) => ['langit', 'jentik', 'kurang', 'bagai', 'tangga'].includes(w)
  it('accepts a pepet-reduplicated root of five letters or more', () => {
    expect(isReduplicatedOrBeForm('lelangit', known)).toBe(true)
    expect(isReduplicatedOrBeForm('jejentik', known)).toBe(true)
  })

  it('leaves a first consonant that opens a prefix, and short roots, to the other readings', () => {
    expect(isReduplicatedOrBeForm('kekurang', known)).toBe(false) // ke-…-an with -an left out
    expect(isReduplicatedOrBeForm('bebagai', known)).toBe(false) // ber- with its r left out
    expect(isReduplicatedOrBeForm('jejaing', known)).toBe(false) // no root "jaing"
  })
})

describe.skipIf(!checker)('round 19: per-…-an around a consonant-initial root', () => {
  it('accepts the collective or domain noun of a dictionary root', () => {
    for (const w of ['perkamusan', 'perpesanan']) expect(checker?.isWord(w), w).toBe(true)
  })

  it('still reports a slip inside such a noun', () => {
    expect(checker?.suggest('pertanyan')).toBe('pertanyaan')
  })
})

describe.skipIf(!checker)('round 19: the clitic -nya on a loanword', () => {
  it('reads the host as the loanword it is', () => {
    expect(typos('Verifikasi data pemohon dilakukan sebelum registrasinya disetujui petugas.')).toEqual([])
    expect(typos('Para finalis sudah hadir, dan semua finalisnya mendapat sertifikat.')).toEqual([])
  })

  it('still reports a slip in a loanword or an Indonesian word with -nya', () => {
    expect(typos('Pemohon diminta melengkapi berkas administarsinya di loket.')).toEqual(['administarsinya'])
    expect(typos('Data kependudkannya diperbarui kelurahan.')).toEqual(['kependudkannya'])
  })
})
