import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const dates = (title: string, body: string, lead?: string) => excerpts('date-consistency', { title, lead, body, publishedAt: '2026-10-12' })

describe('round 23: a weekday in the headline that the opening paragraph dates otherwise (date-consistency)', () => {
  it('reports a weekday and time of day against the body\'s opening date', () => {
    const body = 'Angin kencang melanda kota pada Kamis (8/10/2026) sore. BPBD mencatat 26 titik pohon tumbang.\n\n"Petugas langsung bergerak," kata kepala pelaksana, Jumat (9/10/2026).'
    expect(dates('Angin Kencang Rabu Sore Tumbangkan Pohon di 26 Titik', body)).toEqual(['Rabu Sore'])
  })

  it('reports a weekday closing the headline against a lead field', () => {
    const lead = 'Wali kota meresmikan jembatan baru di Kemantren Jetis, Kamis (8/10/2026).'
    expect(dates('Jembatan Baru Diresmikan Jumat', 'Jembatan itu menghubungkan dua kampung.', lead)).toEqual(['Jumat'])
  })

  it('reports a weekday opening the headline, the date written with its month name', () => {
    const body = 'Ratusan pelari meramaikan kawasan Malioboro pada Minggu, 11 Oktober 2026, pagi. Lomba lari itu digelar untuk memperingati hari jadi kota.'
    expect(dates('Senin Pagi, Ratusan Pelari Ramaikan Malioboro', body)).toEqual(['Senin Pagi'])
  })

  it('reports a weekday in mid-headline, the body dating a later paragraph too', () => {
    const body = 'Banjir merendam puluhan rumah di bantaran Sungai Code pada Jumat (9/10/2026) malam.\n\nWarga mulai membersihkan rumah pada Minggu (11/10/2026).'
    expect(dates('Banjir Sabtu Malam Rendam Puluhan Rumah', body)).toEqual(['Sabtu Malam'])
  })

  it('stays silent when the headline weekday is the opening\'s', () => {
    const body = 'Angin kencang melanda kota pada Rabu (7/10/2026) sore. BPBD mencatat 26 titik pohon tumbang.'
    expect(dates('Angin Kencang Rabu Sore Tumbangkan Pohon', body)).toEqual([])
  })

  it('stays silent when the body names the weekday elsewhere (a programme name)', () => {
    const body = 'Warga Kampung Jlagran membersihkan selokan, Minggu (11/10/2026). Kegiatan itu bagian dari gerakan Jumat Bersih yang digelar rutin.'
    expect(dates('Jumat Bersih Meluas ke Kampung Jlagran', body)).toEqual([])
  })

  it('stays silent on a habit and on weeks', () => {
    const body = 'Posyandu lansia melayani pemeriksaan gratis, Selasa (6/10/2026). Pasar dijadwalkan dibuka setelah renovasi, Senin (12/10/2026).'
    expect(dates('Posyandu Lansia Buka Setiap Kamis', body)).toEqual([])
    expect(dates('Dua Minggu Lagi, Pasar Dibuka', body)).toEqual([])
  })

  it('stays silent when the opening paragraph gives no dated weekday', () => {
    const body = 'Angin kencang melanda kota pada 8 Oktober 2026 sore.\n\nWarga membersihkan puing, Jumat (9/10/2026).'
    expect(dates('Angin Kencang Rabu Sore Tumbangkan Pohon', body)).toEqual([])
  })
})
