import { describe, expect, it } from 'vitest'

import { NUMBER_WORD, parseNumberWords } from '@/review/numberWords'

import { excerpts } from './helpers'

/** The numerals NUMBER_WORD finds in a text, as a count reader would (case-insensitive, whole words). */
const numerals = (text: string) => [...text.matchAll(new RegExp(`(?<![\\p{L}-])${NUMBER_WORD}`, 'giu'))].map((m) => m[0])

describe('compound numerals in words (round 21)', () => {
  it('values units, teens, tens, hundreds and the se- forms', () => {
    expect(parseNumberWords('tujuh')).toBe(7)
    expect(parseNumberWords('enam belas')).toBe(16)
    expect(parseNumberWords('sembilan puluh sembilan')).toBe(99)
    expect(parseNumberWords('seratus sebelas')).toBe(111)
    expect(parseNumberWords('empat ratus delapan')).toBe(408)
    expect(parseNumberWords('Seribu')).toBe(1000)
    expect(parseNumberWords('sejuta')).toBe(1e6)
  })

  it('compounds the large scales from the largest down', () => {
    expect(parseNumberWords('seribu dua ratus')).toBe(1200)
    expect(parseNumberWords('tujuh belas ribu empat ratus enam puluh')).toBe(17460)
    expect(parseNumberWords('tiga ratus lima puluh juta')).toBe(3.5e8)
    expect(parseNumberWords('empat miliar tujuh ratus ribu')).toBe(4000700000)
    expect(parseNumberWords('satu triliun dua ratus miliar')).toBe(1.2e12)
    expect(parseNumberWords('sembilan juta seribu')).toBe(9001000)
  })

  it('reads decimals after "koma" and the fractions "setengah" and "seperempat"', () => {
    expect(parseNumberWords('enam koma dua lima miliar')).toBe(6.25e9)
    expect(parseNumberWords('satu koma nol delapan triliun')).toBe(1.08e12)
    expect(parseNumberWords('tiga setengah juta')).toBe(3.5e6)
    expect(parseNumberWords('setengah miliar')).toBe(5e8)
    expect(parseNumberWords('sepuluh seperempat juta')).toBe(10.25e6)
  })

  it('rejects words that are no numeral: scales out of order, two units side by side, a fraction without its scale', () => {
    expect(parseNumberWords('lima juta dua miliar')).toBeNaN()
    expect(parseNumberWords('ribu ribu')).toBeNaN()
    expect(parseNumberWords('tiga empat')).toBeNaN()
    expect(parseNumberWords('koma lima juta')).toBeNaN()
    expect(parseNumberWords('toString')).toBeNaN()
  })

  it('matches whole numerals, not idioms with a numeral inside', () => {
    expect(numerals('Ia satu-satunya saksi; kedua belah pihak hadir; dua-duanya setuju.')).toEqual([])
    expect(numerals('Sebanyak seribu dua ratus enam puluh orang dan sembilan belas bus')).toEqual(['seribu dua ratus enam puluh', 'sembilan belas'])
    expect(numerals('Dua Ribu Lima Ratus Bibit')).toEqual(['Dua Ribu Lima Ratus'])
    // A fraction alone is no count; after a unit it is part of the numeral ("dua setengah jam").
    expect(numerals('setengah hari, lalu dua setengah jam')).toEqual(['dua setengah'])
  })
})

describe('number-consistency reads compound numerals in words (round 21)', () => {
  it('reports a count in words that the body gives in other digits: headline, lead, first mention, list answer', () => {
    const title = (t: string, body: string) => excerpts('number-consistency', { title: t, body, publishedAt: '2026-10-12' })
    expect(title('Tiga Ratus Lima Puluh Relawan Bersihkan Sungai', 'Sebanyak 530 relawan membersihkan Sungai Winongo, Minggu (11/10/2026).')).toEqual(['Tiga Ratus Lima Puluh Relawan'])
    expect(title('Dua Ribu Lima Ratus Bibit Pohon Dibagikan', 'Dinas Lingkungan Hidup membagikan 2.050 bibit pohon kepada warga, Sabtu.')).toEqual(['Dua Ribu Lima Ratus Bibit'])
    expect(
      excerpts('number-consistency', {
        title: 'Pemkot Bagikan Paket Sembako',
        lead: 'Sebanyak seribu lima ratus paket sembako dibagikan kepada warga.',
        body: 'Dinas Sosial membagikan 1.050 paket sembako kepada warga di 14 kemantren, Sabtu (10/10/2026).',
        publishedAt: '2026-10-12',
      }),
    ).toEqual(['seribu lima ratus paket'])
    expect(
      excerpts('number-consistency', 'Sebanyak tiga ratus dua puluh laptop dibagikan kepada sekolah dasar negeri, Senin.\n\nKepala dinas mengatakan, 230 laptop itu berasal dari APBD 2026.'),
    ).toEqual(['230 laptop'])
  })

  it('stays silent when the words and the digits agree, and on idioms with numerals', () => {
    const title = (t: string, body: string) => excerpts('number-consistency', { title: t, body, publishedAt: '2026-10-12' })
    expect(title('Dua Ribu Pelari Ikuti Jogja Run', 'Sebanyak 2.000 pelari mengikuti lomba lari 10 kilometer, Minggu (11/10/2026).')).toEqual([])
    expect(
      title(
        'Seribu Dua Ratus Lansia Divaksin',
        'Sebanyak 1.200 lansia divaksin di puskesmas. Salah satu lansia mengaku senang. Ia satu-satunya peserta berusia 90 tahun. Kedua belah pihak sepakat. Vaksin diberikan dua kali.',
      ),
    ).toEqual([])
    expect(excerpts('number-consistency', 'Sebanyak tiga ratus dua puluh laptop dibagikan, Senin.\n\nKepala dinas mengatakan, 320 laptop itu berasal dari APBD 2026.')).toEqual([])
    expect(excerpts('number-consistency', 'Lomba diikuti dua ratus lima puluh anak. Panitia menyiapkan 250 paket alat gambar.')).toEqual([])
  })
})
