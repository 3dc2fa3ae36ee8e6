import { describe, expect, it } from 'vitest'

import { isSlipShape } from '@/review/rules/typo'
import { createSpellChecker, isPepetVariant } from '@/review/spelling/createSpellChecker'

import { check } from './helpers'

// Round 5 (issue 11): the typo rule reports only with the evidence of a typing slip. The examples
// are not taken from the corpus.

describe('typo: report only with the evidence of a typing slip', () => {
  it('keeps the first letter, a doubled key, a left-out letter and a swap; drops other shapes', () => {
    expect(isSlipShape('pendudk', 'penduduk')).toBe(true) // a letter left out
    expect(isSlipShape('pelayaann', 'pelayanan')).toBe(true) // not one edit, but a close long word: left to the distance check
    expect(isSlipShape('bantuann', 'bantuan')).toBe(true) // a doubled key
    expect(isSlipShape('kegaitan', 'kegiatan')).toBe(true) // neighbours swapped
    expect(isSlipShape('angkul', 'cangkul')).toBe(false) // the first letter: another word
    expect(isSlipShape('ekonomsi', 'ekonomi')).toBe(false) // an arbitrary extra letter: another word or a loan
    expect(isSlipShape('sorong', 'surong')).toBe(false) // one vowel for another: a regional spelling
    expect(isSlipShape('pasat', 'pasar')).toBe(true) // one consonant for another
  })

  it('reads ber-/ter-/per- before a root in r- with one r', () => {
    const checker = createSpellChecker((w) => ['rebut', 'realisasi', 'rantai', 'rendam'].includes(w))
    for (const w of ['terealisasi', 'diperebutkan', 'memperebutkan', 'berantai', 'terendam']) expect(checker.isWord(w), w).toBe(true)
  })

  it('a short root read through a confix loses to a dictionary word one swap away', () => {
    // "kegaitan" = ke- + "gaitan" (gait + -an) is a doubtful reading; "kegiatan" is a word.
    const checker = createSpellChecker((w) => ['gait', 'gaitan', 'kegiatan'].includes(w))
    expect(checker.suggest('kegaitan')).toBe('kegiatan')
    expect(checker.isWord('gaitan')).toBe(true)
  })

  it('a pepet moved in front of r/l is a spelling variant', () => {
    expect(isPepetVariant('brenggolo', 'berenggolo')).toBe(true)
    expect(isPepetVariant('brenggolo', 'bernggolo')).toBe(true)
    expect(isPepetVariant('bantal', 'bentol')).toBe(false)
  })

  it('end to end: a regional word one letter from another word is not reported, a slip is', () => {
    const checker = createSpellChecker((w) => ['lingkar', 'warga', 'membawa', 'nasi', 'penduduk', 'datang', 'pesta', 'komposer', 'pendataan'].includes(w))
    expect(check('typo', 'Warga membawa nasi ingkar ke pesta.', { spellChecker: checker })).toEqual([])
    expect(check('typo', 'Warga membawa komposter ke pesta.', { spellChecker: checker })).toEqual([])
    expect(check('typo', 'Warga datang untuk pendatan penduduk.', { spellChecker: checker }).map((f) => f.suggestion)).toEqual(['pendataan'])
  })
})
