import { describe, expect, it } from 'vitest'

import { loadSpellChecker } from '@/review/spelling/loadSpellChecker'

import { check } from './helpers'

const checker = loadSpellChecker()
const typos = (body: string, title = 'Berita Kota') =>
  check('typo', { title, body, publishedAt: '2026-03-17' }, { spellChecker: checker ?? undefined }).map((f) => [f.excerpt, f.suggestion])

describe.skipIf(!checker)('typo: a verb in -kan over a root in -k with one k (round 22)', () => {
  it('reports the undoubled k and suggests the verb', () => {
    expect(typos('Foto: Lurah menunjukan produk olahan warga di balai kelurahan.')).toEqual([['menunjukan', 'menunjukkan']])
    expect(typos('Panitia memesan kaus.\n\nLogo kampung dicetakan di bagian punggung kaus peserta.')).toEqual([['dicetakan', 'dicetakkan']])
    expect(typos('Meriam bambu ditembakan ke arah sungai saat pembukaan festival.')).toEqual([['ditembakan', 'ditembakkan']])
    expect(typos('Data itu ditunjukan kepada anggota dewan dalam rapat kerja.')).toEqual([['ditunjukan', 'ditunjukkan']])
  })

  it('keeps roots that end in -kan, other -kan verbs and the right spelling', () => {
    expect(typos('Warga memakan nasi bungkus bersama, sedangkan petugas menekan tombol sirene.')).toEqual([])
    expect(typos('Petugas menunjukkan lokasi dan memasukkan data ke aplikasi.')).toEqual([])
    expect(typos('Panitia mengenakan seragam dan melakukan pengecekan.')).toEqual([])
    expect(typos('Warga mendapatkan bantuan dan menggunakan kartu itu di toko.')).toEqual([])
  })
})
