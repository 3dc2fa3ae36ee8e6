import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const counts = onBody('number-consistency', 'Skrining Kesehatan Massal')
const opening = 'Dinas Kesehatan menggelar skrining massal di 18 puskesmas sepanjang Oktober 2026.'

describe('round 22: a base under another noun, described by the earlier count\'s verb, its digits swapped (number-consistency)', () => {
  it('reports the base of a breakdown whose subset words follow its comma', () => {
    const body = `${opening} Petugas menemukan 58 kasus baru tuberkulosis.\n\nMenurut dia, dari 85 penderita yang ditemukan, 11 di antaranya anak-anak.`
    expect(counts(body)).toEqual(['85 penderita'])
  })

  it('reports a base with three digits swapped, paragraphs apart', () => {
    const body = `${opening} Tim memeriksa 1.250 rumah warga.\n\nWarga antusias.\n\nDari 1.520 bangunan yang diperiksa, 40 di antaranya positif jentik.`
    expect(counts(body)).toEqual(['1.520 bangunan'])
  })

  it('reports a count described by the verb, no base', () => {
    const body = `${opening} Petugas memvaksin 47 anjing liar.\n\nSebanyak 74 hewan yang divaksin sudah ditandai kalung.`
    expect(counts(body)).toEqual(['74 hewan'])
  })

  it('reports the base in a later quote-free paragraph with "itu"', () => {
    const body = `${opening} Relawan mengevakuasi 36 warga lansia.\n\nDari 63 orang yang dievakuasi itu, 20 di antaranya dirawat.`
    expect(counts(body)).toEqual(['63 orang'])
  })

  it('stays silent when the verb differs', () => {
    const body = `${opening} Petugas menemukan 58 kasus baru tuberkulosis.\n\nDari 85 penderita yang diobati, 11 di antaranya anak-anak.`
    expect(counts(body)).toEqual([])
  })

  it('stays silent when the digits are not swapped', () => {
    const body = `${opening} Petugas menemukan 58 kasus baru tuberkulosis.\n\nDari 61 penderita yang ditemukan, 11 di antaranya anak-anak.`
    expect(counts(body)).toEqual([])
  })

  it('stays silent when the figures agree', () => {
    const body = `${opening} Petugas menemukan 58 kasus baru tuberkulosis.\n\nDari 58 penderita yang ditemukan, 11 di antaranya anak-anak.`
    expect(counts(body)).toEqual([])
  })

  it('stays silent on a subset inside the base\'s own clause', () => {
    const body = `${opening} Petugas menemukan 58 kasus baru tuberkulosis.\n\nSebagian dari 85 penderita yang ditemukan tahun lalu sudah sembuh.`
    expect(counts(body)).toEqual([])
  })
})
