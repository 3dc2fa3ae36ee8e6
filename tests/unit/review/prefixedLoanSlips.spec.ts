import { describe, expect, it } from 'vitest'

import { loadSpellChecker } from '@/review/spelling/loadSpellChecker'

import { excerpts } from './helpers'

// Round 21: a slip inside a long loan root under a prefix is no technical term. None of the examples is from the corpus.

const checker = loadSpellChecker()
const typos = (body: string) => excerpts('typo', { title: 'Berita', body, publishedAt: '2026-03-14' }, { spellChecker: checker ?? undefined })

describe.skipIf(!checker)('typo: a slip in a long loan root under a prefix (round 21)', () => {
  it('suggests the prefixed root the slip comes from', () => {
    expect(checker?.suggest('berintraksi')).toBe('berinteraksi')
    expect(checker?.suggest('berkolborasi')).toBe('berkolaborasi')
    expect(typos('Lurah akan berkordinasi dengan puskesmas sebelum jadwal imunisasi diumumkan.')).toEqual(['berkordinasi'])
    expect(typos('Foto: Pelajar berintraksi dengan pemandu di museum, Kamis (12/3/2026).')).toEqual(['berintraksi'])
  })

  it('keeps technical terms and short-root readings, and correct prefixed loans', () => {
    for (const w of ['melitus', 'antropometri', 'berkoordinasi', 'berinovasi', 'terealisasi', 'bersinergi']) expect(checker?.isWord(w), w).toBe(true)
    expect(typos('Penderita diabetes melitus diminta rutin berkolaborasi dengan kader posyandu.')).toEqual([])
  })
})
