import { describe, expect, it } from 'vitest'

import { loadSpellChecker } from '@/review/spelling/loadSpellChecker'
import { isReduplicatedOrBeForm } from '@/review/spelling/reduplication'

import { check } from './helpers'

// Round 12: valid derivations and caption names are no typos. None of the examples is taken from the corpus.

const checker = loadSpellChecker()

describe.skipIf(!checker)('round 12: derivations the dictionary lacks', () => {
  it('accepts partial reduplication with -an and be-…-an around a known root', () => {
    for (const w of ['rerumputan', 'pepohonan', 'bepergian']) expect(checker?.isWord(w), w).toBe(true)
  })

  it('still reports a slip inside the reduplicated root', () => {
    expect(checker?.suggest('pepohnan')).toBe('pepohonan')
  })

  it('gives no suggestion by one wrong letter that only makes a derivation', () => {
    expect(checker?.suggest('kependudkan')).toBe('kependudukan')
  })
})

describe.skipIf(!checker)('round 12: names in photo captions', () => {
  it('reads a capitalised sentence start in a caption as a name', () => {
    const text = 'Foto: Perajin gerabah membentuk tanah liat di bengkelnya. Sutarni mengaku kewalahan melayani pesanan.'
    expect(check('typo', text, { spellChecker: checker ?? undefined })).toEqual([])
  })

  it('still reports a lower-case slip in a caption', () => {
    const text = 'Foto: Perajin gerabah membentuk tanah liat di bengkelnya yang sederhna.'
    expect(check('typo', text, { spellChecker: checker ?? undefined }).map((f) => f.excerpt)).toEqual(['sederhna'])
  })
})

describe('round 12: be-…-an is no cover for a first-letter slip', () => {
  it('does not read "bekerjaan" as be- + kerja + -an when "pekerjaan" is a word', () => {
    const words = new Set(['kerja', 'pekerjaan', 'pergi', 'pohon'])
    const known = (w: string) => words.has(w)
    expect(isReduplicatedOrBeForm('bekerjaan', known)).toBe(false)
    expect(isReduplicatedOrBeForm('bepergian', known)).toBe(true)
    expect(isReduplicatedOrBeForm('pepohonan', known)).toBe(true)
  })
})
