import { describe, expect, it } from 'vitest'

import { loadSpellChecker } from '@/review/spelling/loadSpellChecker'

import { check } from './helpers'

const checker = loadSpellChecker()
const typos = (body: string, title = 'Berita Kota') =>
  check('typo', { title, body, publishedAt: '2026-03-17' }, { spellChecker: checker ?? undefined }).map((f) => [f.excerpt, f.suggestion])

// Round 24: a short word ending in -n one g short of a dictionary word in -ng is a regional word or variant ("kalen", a
// ditch; "tenan"), as a short -g for -ng is (round 20); other short slips and long words stay reported.
describe.skipIf(!checker)('typo: a short word in -n beside a dictionary word in -ng (round 24)', () => {
  it('keeps regional short words in -n silent', () => {
    expect(typos('Warga membersihkan kalen di belakang kampung setiap Minggu.')).toEqual([])
    expect(typos('"Rame tenan, Mas," kata seorang pedagang.\n\nPasar buka sampai malam.')).toEqual([])
    expect(typos('Foto: Penari memakai kemben saat pentas.')).toEqual([])
  })

  it('still reports other slips in short words', () => {
    expect(typos('Tiga petuga berjaga di pintu masuk.')).toEqual([['petuga', 'petugas']])
    expect(typos('Penyaluran bantua dimulai pekan ini.')).toEqual([['bantua', 'bantuan']])
    expect(typos('Kerja bakti digelar setiap hari mingu pagi.')).toEqual([['mingu', 'minggu']])
    expect(typos('Sebanyak 40 pelajar datang dari sekolh swasta.')).toEqual([['sekolh', 'sekolah']])
  })
})
