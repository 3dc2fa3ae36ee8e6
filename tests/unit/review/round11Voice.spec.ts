import { describe, expect, it } from 'vitest'

import { onBody, warnings } from './helpers'

// Round 11: forecasts vouched for by the writer, disregard judged, two praise words. None of the examples is taken from the corpus.

const certainty = onBody('unattributed-certainty')
const loaded = onBody('loaded-language')
const puffery = onBody('puffery')

describe('round 11: a forecast stated as certain', () => {
  it('reports a certainty adverb on "akan" and a promise that something will not happen again', () => {
    expect(certainty('Dengan jalur baru ini, waktu tempuh bus jelas akan lebih singkat.')).toEqual(['jelas akan'])
    expect(certainty('Setelah tanggul ditinggikan, banjir di bantaran tak akan terjadi lagi.')).toEqual(['tak akan terjadi lagi'])
    expect(certainty('Kesalahan data penerima tidak akan terulang kembali tahun depan.')).toEqual(['tidak akan terulang kembali'])
  })

  it('reports one finding for a sentence already vouched for by another marker', () => {
    expect(certainty('Dengan kamera baru, dapat dipastikan pelanggaran tidak akan terulang lagi.')).toEqual(['dapat dipastikan'])
  })

  it('leaves reported speech, a quotation and a plain plan', () => {
    expect(warnings('unattributed-certainty', { title: 'Berita Kota', body: 'Menurut kepala dinas, banjir tidak akan terulang lagi.', publishedAt: '2026-11-20' })).toEqual([])
    expect(warnings('unattributed-certainty', { title: 'Berita Kota', body: '"Harga jelas akan kami pantau," kata Kepala Dinas Perdagangan, Sri Wahyuni.', publishedAt: '2026-11-20' })).toEqual([])
    expect(certainty('Pasar akan dibuka kembali pada Senin pagi.')).toEqual([])
  })
})

describe('round 11: an adverb of disregard on an action', () => {
  it('reports it with the verb, and joins it to a label of the same actor', () => {
    expect(loaded('Beberapa pengendara seenaknya menerobos palang pintu perlintasan.')).toEqual(['pengendara seenaknya menerobos'])
    expect(loaded('Oknum pengelola semena-mena memungut biaya tambahan.')).toEqual(['semena-mena memungut'])
  })

  it('leaves the words outside an action', () => {
    expect(loaded('Warga diminta tidak membuang sampah di sungai.')).toEqual([])
  })
})

describe('round 11: two praise words in one sentence are reported (one finding since round 17)', () => {
  it('reports "cemerlang" beside "gemilang"', () => {
    expect(puffery('Aplikasi cemerlang itu menjadi lompatan gemilang layanan kota.')).toEqual(['cemerlang itu menjadi lompatan gemilang'])
  })
})
