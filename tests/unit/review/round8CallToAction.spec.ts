import { describe, expect, it } from 'vitest'

import { excerpts, warnings } from './helpers'

// Round 8 (issue 11): orders to the reader found by grammar, not by phrase. None of the examples
// is taken from the corpus.

describe('call-to-action: an order addressed to the reader', () => {
  it('an urging adverb opening a clause, with a word in -mu', () => {
    expect(excerpts('call-to-action', 'Tempat terbatas, segera amankan kursimu di loket Taman Budaya.')).toEqual([
      'Tempat terbatas, segera amankan kursimu di loket Taman Budaya',
    ])
  })

  it('a verb in -kan/-lah opening the sentence, with "kalian" or "Anda": one finding for the sentence', () => {
    expect(excerpts('call-to-action', 'Meriahkan malam puncak bersama sahabat kalian.')).toEqual(['Meriahkan malam puncak bersama sahabat kalian'])
    expect(excerpts('call-to-action', 'Datanglah lebih awal agar Anda mendapat tempat duduk.')).toEqual(['Datanglah lebih awal agar Anda mendapat tempat duduk'])
  })

  it('a sentence addressing the reader after an urging rhetorical question', () => {
    expect(excerpts('call-to-action', 'Harga tiket hanya Rp10.000. Kapan lagi? Bawa adik dan kakakmu ke pameran ini.')).toEqual([
      'Kapan lagi? Bawa adik dan kakakmu ke pameran ini',
    ])
  })

  it('not an order: quoted, reported, no address, or -mu words that are not "your"', () => {
    expect(warnings('call-to-action', '"Segera daftarkan anakmu," kata Lurah Sari.')).toEqual([])
    expect(excerpts('call-to-action', 'Warga diminta segera melaporkan kerusakan ke kelurahan.')).toEqual([])
    expect(excerpts('call-to-action', 'Segera setelah dibuka, peserta bertemu tamu dari Jepang dan belajar ilmu batik.')).toEqual([])
    expect(excerpts('call-to-action', 'Bahkan pengunjung dapat meramu jamu sendiri.')).toEqual([])
  })

  it('an order ending in an exclamation mark needs no pronoun; a rhetorical question may end in a comma', () => {
    expect(excerpts('call-to-action', 'Tandai kalender dan saksikan parade budayanya!')).toEqual(['Tandai kalender dan saksikan parade budayanya'])
    expect(excerpts('call-to-action', 'Kapan lagi, segera pesan tiketnya sekarang!')).toEqual(['Kapan lagi, segera pesan tiketnya sekarang'])
  })

  it('an instruction without an exclamation mark or an address is information', () => {
    expect(excerpts('call-to-action', 'Selengkapnya, silakan kunjungi laman resmi Dinas Kesehatan.')).toEqual([])
    expect(excerpts('call-to-action', 'Untuk informasi lebih lanjut, hubungi pusat panggilan 112.')).toEqual([])
  })
})
