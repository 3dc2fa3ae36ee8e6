import { describe, expect, it } from 'vitest'

import { check } from './helpers'

describe('date-consistency', () => {
  it('reports a headline date the body gives differently', () => {
    const findings = check('date-consistency', {
      title: 'Pasar Murah Digelar 18 Februari di Lima Kecamatan',
      body: 'Pasar murah digelar mulai Kamis (19/2/2026) di lima kecamatan.',
      publishedAt: '2026-02-17',
    })
    expect(findings.map((f) => [f.field, f.excerpt, f.suggestion])).toEqual([['title', '18 Februari', '19 Februari']])
  })

  it('compares the lead with the body too, across a month boundary', () => {
    const findings = check('date-consistency', { title: 'Car Free Day', lead: 'Car free day digelar 25 Januari.', body: 'Kegiatan digelar Minggu (1/2/2026).' })
    expect(findings.map((f) => [f.field, f.excerpt])).toEqual([['lead', '25 Januari']])
  })

  it('accepts a headline date the body repeats, and bodies without dates', () => {
    expect(check('date-consistency', { title: 'Pendaftaran Dibuka 2 Maret', body: 'Pendaftaran dibuka Senin (2/3/2026) hingga Jumat (20/3/2026).' })).toEqual([])
    expect(check('date-consistency', { title: 'Festival Digelar 13 Februari', body: 'Festival digelar di alun-alun.' })).toEqual([])
  })
})

describe('date-consistency: the part of the day (round 13)', () => {
  it('reports a later date one day off with a clock time in the lead date\'s part of the day', () => {
    const body = 'Atap gedung sekolah ambruk setelah hujan deras, Kamis (15/10/2026) malam.\n\nPenjaga sekolah mendengar suara keras sekitar pukul 21.15 WIB pada Rabu (14/10/2026).'
    expect(check('date-consistency', { title: 'Atap Sekolah Ambruk', body, publishedAt: '2026-10-16' }).map((f) => f.excerpt)).toEqual(['14/10/2026'])
    expect(check('date-consistency', { title: 'Atap Sekolah Ambruk', body: body.replace('pukul 21.15', 'pukul 09.15'), publishedAt: '2026-10-16' })).toEqual([])
  })
})

describe('date-consistency: round 14', () => {
  it('reads a date with a part of the day and a demonstrative as a reference back', () => {
    const body = 'Kebakaran melanda gudang di Jalan Wonosari, Kamis (7/5/2026) sekitar pukul 02.00 WIB.\n\nPetugas memadamkan api.\n\nApi yang muncul pada 8 Mei malam itu merupakan kebakaran ketiga.'
    expect(check('date-consistency', { title: 'Gudang Terbakar', body, publishedAt: '2026-05-07' }).map((f) => f.excerpt)).toEqual(['8 Mei'])
  })
})

// Round 15: sentences written for the test.
describe('date-consistency: round 15', () => {
  it('reports the lead weekday a week off in a sentence naming the lead event', () => {
    const body = 'Lomba layang-layang digelar di pantai selatan, Minggu (15/11/2026).\n\nSaat membuka lomba layang-layang pada Minggu (8/11/2026), camat meminta peserta menjaga kebersihan.'
    expect(check('date-consistency', { body, publishedAt: '2026-11-15' }).map((f) => f.excerpt)).toEqual(['8/11/2026'])
  })
  it('leaves a series, another event or a date without its weekday alone', () => {
    const lead = 'Lomba layang-layang digelar di pantai selatan, Minggu (15/11/2026).\n\n'
    expect(check('date-consistency', { body: lead + 'Lomba layang-layang tahap berikutnya digelar Minggu (22/11/2026).', publishedAt: '2026-11-15' })).toEqual([])
    expect(check('date-consistency', { body: lead + 'Bazar buku anak dibuka pada Minggu (8/11/2026) di gedung perpustakaan.', publishedAt: '2026-11-15' })).toEqual([])
  })
  it('reads the first day of a range as a date of the event', () => {
    const body = 'Pameran kriya berlangsung Sabtu–Minggu (14–15/11/2026) di balai kota.\n\nPameran kriya yang dibuka Sabtu (14/11/2026) itu menampilkan 60 perajin.'
    expect(check('date-consistency', { body, publishedAt: '2026-11-15' })).toEqual([])
  })
})

describe('date-consistency: round 15, phase 2', () => {
  it('reports the close of the lead’s range restated on a later day', () => {
    const body = 'Festival layang-layang digelar di pantai pada 7-9 Agustus 2026.\n\nFestival ditutup dengan pelepasan layang-layang raksasa pada 10 Agustus 2026.'
    expect(check('date-consistency', { body, publishedAt: '2026-08-01' }).map((f) => f.excerpt)).toEqual(['10 Agustus'])
    expect(check('date-consistency', { body: body.replace('10 Agustus', '9 Agustus'), publishedAt: '2026-08-01' })).toEqual([])
  })
  it('reads "hingga" between two days as a range and leaves a registration deadline alone', () => {
    const body = 'Vaksinasi digelar 3 hingga 8 Agustus 2026.\n\nPendaftaran ditutup pada 1 Agustus 2026 di kelurahan.'
    expect(check('date-consistency', { body, publishedAt: '2026-08-01' })).toEqual([])
  })
  it('leaves a caption the day after a night event alone', () => {
    const body = 'Banjir merendam kampung di tepi sungai pada Jumat (13/2/2026) malam.\n\nFoto: Relawan membersihkan lumpur di kampung tepi sungai, Sabtu (14/2/2026).'
    expect(check('date-consistency', { body, publishedAt: '2026-02-14' })).toEqual([])
  })
})
