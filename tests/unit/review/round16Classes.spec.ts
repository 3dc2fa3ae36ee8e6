import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'
import type { RuleId, SpellChecker } from '@/review/types'

const found = (title: string, body: string, rules?: RuleId[], spellChecker?: SpellChecker) =>
  analyzeArticle({ title, body, publishedAt: '2026-10-12' }, { ...(rules ? { rules } : {}), ...(spellChecker ? { spellChecker } : {}) })
    .filter((f) => f.severity !== 'info' || f.rule === 'typo')
    .map((f) => [f.rule, f.excerpt])

describe('round 16 classes: number-consistency restatements', () => {
  it('compares a later count after the lead total\'s own verb and subject', () => {
    const body = 'Lomba gerobak hias digelar Minggu (21/6/2026). Lomba diikuti 14 gerobak hias dari kampung-kampung.\n\nSetiap gerobak didorong empat orang.\n\nKetua panitia menyebut lomba kali ini diikuti 17 gerobak dari sembilan kampung.'
    expect(found('Lomba Gerobak Hias', body, ['number-consistency'])).toEqual([['number-consistency', '17 gerobak']])
  })

  it('does not compare a running total since another year or a figure far off', () => {
    const body = 'Pemkot merehabilitasi 60 rumah tidak layak huni tahun ini.\n\nSejak 2020, pemkot telah merehabilitasi 350 rumah tidak layak huni.'
    expect(found('Rehabilitasi Rumah', body, ['number-consistency'])).toEqual([])
    const far = 'Pemkot merehabilitasi 60 rumah tidak layak huni tahun ini.\n\nPada 2025 pemkot merehabilitasi 150 rumah tidak layak huni.'
    expect(found('Rehabilitasi Rumah', far, ['number-consistency'])).toEqual([])
  })

  it('reads a base with a place before its comma', () => {
    const body = 'Balai warga baru diresmikan Senin (19/10/2026). Gedung dua lantai itu memiliki 31 ruang, termasuk aula dan dapur umum.\n\nMenurut lurah, dari 13 ruang di balai baru, beberapa di antaranya dirancang untuk lansia.'
    expect(found('Balai Warga Baru Diresmikan', body, ['number-consistency'])).toEqual([['number-consistency', '13 ruang']])
  })

  it('compares a count of the headline\'s two-word thing, not a quota or another phase', () => {
    const body = 'Pemerintah kota menyiapkan empat pos mudik terpadu di jalur masuk kota.\n\nSetiap pos dilengkapi tenda dan kursi.\n\nMenurut kepala dinas, penjagaan di lima pos mudik melibatkan petugas gabungan.'
    expect(found('Pemkot Siapkan Empat Pos Mudik', body, ['number-consistency'])).toEqual([['number-consistency', 'lima pos']])
    const quota = 'Pemerintah kota menyiapkan empat pos mudik terpadu di jalur masuk kota.\n\nTahap kedua dibuka pada Juli dengan kuota lima pos mudik.'
    expect(found('Pemkot Siapkan Empat Pos Mudik', quota, ['number-consistency'])).toEqual([])
    const another = 'Pemerintah kota menyiapkan empat pos mudik terpadu di jalur masuk kota.\n\nSelain itu, kepolisian menyiagakan dua pos mudik di terminal bus.'
    expect(found('Pemkot Siapkan Empat Pos Mudik', another, ['number-consistency'])).toEqual([])
  })
})

describe('round 16 classes: headlines', () => {
  it('reads a reader promised disbelief as clickbait, not a call to action', () => {
    expect(found('Anda Tidak Akan Menyangka Perubahan Pasar Kranggan', 'Pasar Kranggan selesai ditata ulang.', ['clickbait', 'call-to-action'])).toEqual([
      ['clickbait', 'Anda Tidak Akan Menyangka'],
    ])
  })

  it('joins a reaction promise to the list word opening the headline', () => {
    const f = found('Wow! Paduan Suara Lansia Bikin Juri Terpukau', 'Paduan suara lansia tampil di balai kota.', ['clickbait'])
    expect(f).toEqual([['clickbait', 'Wow! Paduan Suara Lansia Bikin Juri']])
  })
})

describe('round 16 classes: words and dates', () => {
  it('does not read the condition of a sanction as the writer\'s certainty', () => {
    expect(found('Pengawasan Pasar', 'Pedagang yang terbukti menjual daging oplosan akan dikenai sanksi.', ['unattributed-certainty'])).toEqual([])
    expect(found('Program Gizi', 'Program itu terbukti menurunkan angka tengkes.', ['unattributed-certainty'])).toEqual([['unattributed-certainty', 'terbukti']])
  })

  const words = new Set(['paguyuban', 'seni', 'menerima', 'bantuan', 'gamelan', 'ketua', 'mengatakan', 'anggota', 'ajek', 'latihan', 'digelar', 'setiap', 'pekan', 'secara'])
  const checker: SpellChecker = { isWord: (w) => words.has(w), suggest: (w) => (w === 'ajeg' ? 'ajek' : null) }

  it('leaves a common word misspelt inside a name to the typo rule', () => {
    const body = 'Paguyuban Seni Laras menerima bantuan gamelan. Ketua Paguyubn Seni Laras mengatakan seluruh anggota paguyuban berlatih setiap pekan.'
    expect(found('Bantuan Gamelan', body, ['name-consistency', 'typo'], checker)).toEqual([['typo', 'Paguyubn']])
  })

  it('reads a final g for the dictionary\'s k as a variant spelling', () => {
    expect(found('Latihan', 'Latihan digelar secara ajeg setiap pekan.', ['typo'], checker)).toEqual([])
  })

  it('keeps a registration\'s dates apart from the event\'s start', () => {
    const body = 'Warga bisa mendaftar kursus membatik mulai Senin (5/10/2026) hingga Jumat (16/10/2026) di kelurahan.\n\nKursus perdana dibuka pada 2 November 2026.'
    expect(found('Kelas Membatik', body, ['date-consistency'])).toEqual([])
  })
})

describe('round 16 classes: parts, time, certainty and groups', () => {
  it('takes the whole of amounts handed out from the subject\'s earlier amount', () => {
    const body = 'Karyawan BUMD mengumpulkan sumbangan Rp120 juta untuk korban gempa.\n\nSumbangan dihimpun lewat tiga posko, meliputi Rp50 juta dari kantor pusat, Rp40 juta dari cabang utara, serta Rp20 juta dari cabang selatan.'
    expect(found('Donasi Gempa', body, ['parts-total'])).toEqual([['parts-total', 'Rp120 juta']])
    const far = 'Karyawan BUMD mengumpulkan sumbangan Rp120 juta untuk korban gempa. Penyerahan dilakukan Senin.\n\nSumbangan dibagi ke tiga posko, meliputi Rp20 juta, Rp15 juta, dan Rp10 juta untuk logistik tambahan.'
    expect(found('Donasi Gempa', far, ['parts-total'])).toEqual([])
  })

  it('reads a ranked list closed by the rest as complete', () => {
    const body = 'Pemkot membangun 60 sumur resapan sepanjang tahun.\n\nSumur paling banyak dibuat di Kampung Sorosutan, 20 sumur, lalu Kampung Pandeyan 15 sumur, serta sisanya 19 sumur.'
    expect(found('Sumur Resapan', body, ['parts-total'])).toEqual([['parts-total', '60 sumur']])
    const partial = 'Pemkot membangun 60 sumur resapan sepanjang tahun.\n\nSumur paling banyak dibuat di Kampung Sorosutan, 20 sumur, lalu Kampung Pandeyan 15 sumur, serta Kampung Gedongkiwo 9 sumur.'
    expect(found('Sumur Resapan', partial, ['parts-total'])).toEqual([])
  })

  it('reads a weekday with "lalu" as relative time, not as its own date', () => {
    expect(found('Rapat Warga', 'Minggu depan, pengurus RW menggelar rapat warga.', ['relative-time'])).toEqual([['relative-time', 'Minggu depan']])
  })

  it('reports a guarantee that something will not happen again', () => {
    expect(found('Talud Diperbaiki', 'Setelah diperkuat, talud itu dijamin tidak akan longsor lagi.', ['unattributed-certainty'])).toEqual([['unattributed-certainty', 'dijamin tidak akan longsor lagi']])
    expect(found('Layanan Gratis', 'Peserta dijamin tidak dipungut biaya.', ['unattributed-certainty'])).toEqual([])
  })

  it('reports longing and unwillingness claimed for a whole group', () => {
    expect(found('Pentas Wayang', 'Seluruh pedagang menantikan pentas wayang di alun-alun.', ['generalisation'])).toEqual([['generalisation', 'Seluruh pedagang menantikan']])
    expect(found('Ronda', 'Remaja kampung ini memang ogah ikut ronda malam.', ['generalisation'])).toEqual([['generalisation', 'Remaja kampung ini memang ogah']])
    expect(found('Ronda', 'Sebagian remaja tidak mau ikut ronda karena bekerja malam.', ['generalisation'])).toEqual([])
  })
})
