import { describe, expect, it } from 'vitest'

import { loadSpellChecker } from '@/review/spelling/loadSpellChecker'

import { check } from './helpers'

const checker = loadSpellChecker()
const typos = (body: string, title = 'Berita Kota') =>
  check('typo', { title, body, publishedAt: '2026-03-17' }, { spellChecker: checker ?? undefined }).map((f) => [f.excerpt, f.suggestion])

// Round 24: a -kan verb with the root's k not doubled that hunspell-id does not derive itself ("dimasukan"), only the
// assistant's affix readings over a shorter root ("masu-kan"), is the doubled verb the dictionary has ("dimasukkan").
describe.skipIf(!checker)('typo: an undoubled k before -kan the dictionary does not derive (round 24)', () => {
  it('reports the verb with the doubled k, passive or active, in any field', () => {
    expect(typos('Berkas pendaftaran dimasukan ke kotak di loket kelurahan.')).toEqual([['dimasukan', 'dimasukkan']])
    expect(typos('Relawan memasukan paket sembako ke mobil bak terbuka.')).toEqual([['memasukan', 'memasukkan']])
    expect(typos('Foto: Suporter meneriakan yel-yel dari tribun timur.')).toEqual([['meneriakan', 'meneriakkan']])
    expect(typos('Tarif parkir dinaikan mulai bulan depan.\n\nWarga diminta menyesuaikan diri.')).toEqual([['dinaikan', 'dinaikkan']])
    expect(typos('Panitia mendudukan tamu undangan di barisan depan.')).toEqual([['mendudukan', 'mendudukkan']])
    expect(typos('Pagar taman dirusakan orang tak dikenal pada malam hari.')).toEqual([['dirusakan', 'dirusakkan']])
  })

  it('keeps -kan verbs over vowel-final roots and doubled ones', () => {
    expect(typos('Tari Golek ditarikan enam siswa, lalu piala dikembalikan kepada panitia.')).toEqual([])
    expect(typos('Dompet yang ditemukan warga dibukakan di depan petugas.')).toEqual([])
    expect(typos('Petugas ditanyakan soal jadwal dan mendekatkan layanan ke warga.')).toEqual([])
    expect(typos('Warga memakan nasi bersama setelah barang dimasukkan ke gudang.')).toEqual([])
  })
})
