import { describe, expect, it } from 'vitest'

import { loadSpellChecker } from '@/review/spelling/loadSpellChecker'

import { check } from './helpers'

const checker = loadSpellChecker()
const typos = (body: string, title = 'Berita Kota') =>
  check('typo', { title, body, publishedAt: '2026-03-17' }, { spellChecker: checker ?? undefined }).map((f) => [f.excerpt, f.suggestion])

// Round 24: a seven-letter word read only as a short stem inside a prefix and a suffix ("ke-" + "dil" + "-an") loses to
// a dictionary word one letter longer, as longer words already did.
describe.skipIf(!checker)('typo: a seven-letter slip read as a short stem inside affixes (round 24)', () => {
  it('reports the slip with the dictionary word one letter longer', () => {
    expect(typos('Warga menuntut kedilan bagi korban banjir.')).toEqual([['kedilan', 'keadilan']])
    expect(typos('Pelatihan itu menambah kealian perajin bambu.')).toEqual([['kealian', 'keahlian']])
    expect(typos('Rapat dimulai pukul 09.00.\n\nUsulan warga diajuan lewat ketua RT.')).toEqual([['diajuan', 'diajukan']])
    expect(typos('Foto: Lomba diadaan di halaman balai kelurahan.')).toEqual([['diadaan', 'diadakan']])
    expect(typos('Panitia menyebut kebikan warga sebagai modal kampung.')).toEqual([['kebikan', 'kebaikan']])
  })

  it('keeps right derivations and regional words of seven letters', () => {
    expect(typos('Keadilan dan keahlian menjadi syarat, usulan diajukan dan acara diadakan di balai.')).toEqual([])
    expect(typos('Penjual gethuk dan pedagang jamu berjajar di depan pasar.')).toEqual([])
    expect(typos('Kentongan bertalu saat ronda, lalu warga menyantap gudangan.')).toEqual([])
    expect(typos('Timbulan sampah berkurang dan tabungan warga bertambah.')).toEqual([])
  })
})
