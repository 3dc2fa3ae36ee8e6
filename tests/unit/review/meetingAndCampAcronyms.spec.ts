import { describe, expect, it } from 'vitest'

import { loadSpellChecker } from '@/review/spelling/loadSpellChecker'

import { excerpts } from './helpers'

// Round 21: lower-case acronym words of sport training, championships and organisations' meetings. None from the corpus.

const checker = loadSpellChecker()
const typos = (body: string) => excerpts('typo', { title: 'Berita', body, publishedAt: '2026-07-20' }, { spellChecker: checker ?? undefined })

describe.skipIf(!checker)('typo: acronym words of training camps and meetings (round 21)', () => {
  it('accepts them in any position', () => {
    expect(typos('Dua pemanah kota dipanggil ke pelatnas setelah juara di kejurnas.')).toEqual([])
    expect(typos('Apa agenda berikutnya?\n\nKami menyiapkan munas bulan depan, lalu musda di tiap provinsi.')).toEqual([])
    expect(typos('Foto: Peserta rakernas berfoto setelah sidang pleno, Sabtu (18/7/2026).')).toEqual([])
    expect(typos('Atlet hasil seleknas menjalani pelatda selama tiga bulan sebelum porda.')).toEqual([])
  })

  it('still reports slips near them', () => {
    expect(typos('Atlet itu dipanggil ke pelatnas dan wajib mengikuti pemeriksaan kesehtan.')).toEqual(['kesehtan'])
  })
})
