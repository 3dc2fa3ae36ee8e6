import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const shares = (body: string) => excerpts('percentage-sum', { title: 'Sebaran Kasus', body, publishedAt: '2026-10-12' })

describe('round 22: a ranked list of shares opening in the sentence before (percentage-sum)', () => {
  it('adds the first-ranked share of the sentence before', () => {
    expect(shares('Anak usia 5–14 tahun paling banyak terjangkit, yakni 46 persen. Kelompok usia 15–44 tahun 38 persen, usia di atas 44 tahun 14 persen, dan balita 9 persen.')).toEqual([
      '46 persen. Kelompok usia 15–44 tahun 38 persen, usia di atas 44 tahun 14 persen, dan balita 9 persen',
    ])
  })

  it('reads "terbanyak" with the share first and the list after it', () => {
    expect(shares('Sampah plastik menjadi jenis terbanyak dengan 52 persen. Sisanya 31 persen sampah organik dan 22 persen kertas.')).toEqual([
      '52 persen. Sisanya 31 persen sampah organik dan 22 persen kertas',
    ])
  })

  it('reads "tertinggi" in a caption, the later shares labelled first', () => {
    expect(shares('Foto: Asal pengunjung tertinggi dari Jawa Tengah, 41 persen. Jawa Timur 35 persen dan Jawa Barat 30 persen.')).toEqual([
      '41 persen. Jawa Timur 35 persen dan Jawa Barat 30 persen',
    ])
  })

  it('reads "terbesar" paragraphs into the body', () => {
    const body = 'Dinas merilis hasil survei, Senin (12/10/2026).\n\nAlasan terbesar warga memilih bus adalah tarif, yakni 48 persen. Ketepatan waktu 33 persen, kenyamanan 15 persen, dan lainnya 9 persen.'
    expect(shares(body)).toEqual(['48 persen. Ketepatan waktu 33 persen, kenyamanan 15 persen, dan lainnya 9 persen'])
  })

  it('stays silent when the ranked list adds up', () => {
    expect(shares('Anak usia 5–14 tahun paling banyak terjangkit, yakni 46 persen. Kelompok usia 15–44 tahun 38 persen, usia di atas 44 tahun 10 persen, dan balita 6 persen.')).toEqual([])
  })

  it('does not add a share the sentence before gives without ranking it', () => {
    expect(shares('Kasus di Jetis turun 46 persen. Kelompok usia 15–44 tahun 38 persen, usia di atas 44 tahun 14 persen, dan balita 9 persen.')).toEqual([])
    expect(shares('Cakupan imunisasi mencapai 92 persen. Kelompok usia 15–44 tahun 38 persen, usia di atas 44 tahun 14 persen, dan balita 9 persen.')).toEqual([])
  })

  it('does not add a ranked share followed by more words in its sentence', () => {
    expect(shares('Anak paling banyak terjangkit, 46 persen dari seluruh kasus tahun lalu di kota. Remaja 38 persen, dewasa 14 persen, dan balita 9 persen.')).toEqual([])
  })
})
