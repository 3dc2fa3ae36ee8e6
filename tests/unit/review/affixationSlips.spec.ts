import { describe, expect, it } from 'vitest'

import { isStrayFinalH } from '@/review/spelling/affixSlips'
import { loadSpellChecker } from '@/review/spelling/loadSpellChecker'

import { check } from './helpers'

// Round 19: a real root with the wrong joint to its affixes. Sentences of my own, not from the corpus.

const checker = loadSpellChecker()
const typos = (body: string) => check('typo', body, { spellChecker: checker ?? undefined }).map((f) => [f.excerpt, f.suggestion])

describe.skipIf(!checker)('round 19: a noun confix written with -kan after a root in -k', () => {
  it('reports the doubled k and suggests the -an noun', () => {
    expect(typos('Dinas mencatat kerusakkan atap di tiga sekolah dasar.')).toEqual([['kerusakkan', 'kerusakan']])
    expect(typos('Warga menolak pembentukkan panitia baru tanpa musyawarah.')).toEqual([['pembentukkan', 'pembentukan']])
  })

  it('keeps verbs in -kan whose base is a root in -k', () => {
    expect(typos('Petugas meminta warga mengelompokkan sampah dan memendekkan antrean.')).toEqual([])
    for (const w of ['ketukkan', 'pendekkan', 'kelompokkan', 'masukkan', 'dimasukkan']) expect(checker?.isWord(w), w).toBe(true)
  })
})

describe('round 19: a stray h after an affixed verb', () => {
  it('takes a final h after the vowel of a prefixed verb as a slip', () => {
    expect(isStrayFinalH('terjagah', 'terjaga')).toBe(true)
    expect(isStrayFinalH('diterimah', 'diterima')).toBe(true)
  })

  it('leaves a final h on a bare word or after a consonant alone', () => {
    expect(isStrayFinalH('kotah', 'kota')).toBe(false) // no verb prefix: another word is as likely
    expect(isStrayFinalH('dijualh', 'dijual')).toBe(false)
  })
})

describe.skipIf(!checker)('round 19: the stray h in running copy', () => {
  it('reports it with the verb as the suggestion', () => {
    expect(typos('Laporan itu sudah diterimah kelurahan sejak pekan lalu.')).toEqual([['diterimah', 'diterima']])
  })

  it('leaves verbs whose root itself ends in h', () => {
    expect(typos('Sampah dapur diolah menjadi kompos dan sisanya dipilah.')).toEqual([])
  })
})
