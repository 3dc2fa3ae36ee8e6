import { describe, expect, it } from 'vitest'

import { loadSpellChecker } from '@/review/spelling/loadSpellChecker'

import { check } from './helpers'

const checker = loadSpellChecker()
const typos = (body: string, title = 'Berita Kota') =>
  check('typo', { title, body, publishedAt: '2026-03-17' }, { spellChecker: checker ?? undefined }).map((f) => [f.excerpt, f.suggestion])

describe.skipIf(!checker)('typo: a confix noun with -aan over a root not in -a (round 23)', () => {
  it('reports the doubled a and suggests the -an noun', () => {
    expect(typos('Lucia memastikan pemberiaan imunisasi dilakukan oleh tenaga kesehatan terlatih.')).toEqual([['pemberiaan', 'pemberian']])
    expect(typos('Foto: Petugas memeriksa saluran pengairaan sawah di Mantrijeron.')).toEqual([['pengairaan', 'pengairan']])
    expect(typos('Pelatihan diikuti 40 bendahara.\n\nMateri pembukuaan keuangan kampung disampaikan oleh BPKAD.')).toEqual([['pembukuaan', 'pembukuan']])
    expect(typos('Masa pemulihaan pascabanjir diperkirakan berlangsung dua pekan.')).toEqual([['pemulihaan', 'pemulihan']])
  })

  it('keeps confix nouns over roots in -a', () => {
    expect(typos('Penataan kawasan itu menjadi kenyataan berkat perayaan hari jadi kota.')).toEqual([])
    expect(typos('Kebersamaan warga tumbuh lewat pembiasaan kerja bakti.')).toEqual([])
    expect(typos('Kepekaan relawan terlihat saat pemetaan rumah rawan.')).toEqual([])
    expect(typos('Penguasaan materi dinilai dalam percobaan dan peragaan alat.')).toEqual([])
  })
})
