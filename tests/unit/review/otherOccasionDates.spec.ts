import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const dates = (body: string, title = 'Kegiatan Kota') => excerpts('date-consistency', { title, body, publishedAt: '2026-10-20' })

describe('round 22: a later date the copy marks as another occasion than the lead\'s event (date-consistency)', () => {
  it('leaves the opening of a run the lead dates a later day of', () => {
    const body = 'Tim Kampung Gowongan menjuarai liga futsal antarkampung setelah menang 4-2 di final, Sabtu (17/10/2026).\n\nLiga yang bergulir sejak 3 Oktober itu diikuti 24 tim.'
    expect(dates(body)).toEqual([])
    const mulai = 'Pameran lukisan di Taman Budaya ditutup Minggu (18/10/2026).\n\nPameran yang berlangsung mulai 10 Oktober tersebut dikunjungi 4.000 orang.'
    expect(dates(mulai)).toEqual([])
  })

  it('still reports a restated opening against the lead\'s own opening', () => {
    const body = 'Pameran lukisan di Taman Budaya dibuka Senin (12/10/2026).\n\nPameran yang dibuka sejak 13 Oktober itu dikunjungi 4.000 orang.'
    expect(dates(body)).toEqual(['13 Oktober'])
  })

  it('still reports an opening dated after the lead\'s day', () => {
    const body = 'Tim Kampung Gowongan menjuarai liga futsal antarkampung setelah menang 4-2 di final, Sabtu (17/10/2026).\n\nLiga yang bergulir sejak 19 Oktober itu diikuti 24 tim.'
    expect(dates(body)).toEqual(['19 Oktober'])
  })

  it('leaves a caption of a trial run or a rehearsal before the event', () => {
    const trial = 'Layanan bus sekolah gratis mulai beroperasi Senin (19/10/2026) di Kemantren Jetis.\n\nFoto: Bus sekolah melintas di Jalan Diponegoro, Kemantren Jetis, saat uji coba, Kamis (15/10/2026).'
    expect(dates(trial)).toEqual([])
    const rehearsal = 'Upacara Hari Sumpah Pemuda digelar di Balai Kota Yogyakarta, Rabu (28/10/2026).\n\nFoto: Petugas pengibar bendera berlatih di Balai Kota Yogyakarta menjelang upacara, Senin (26/10/2026).'
    expect(dates(rehearsal)).toEqual([])
  })

  it('still reports a caption of the event dated a day off', () => {
    const body = 'Layanan bus sekolah gratis mulai beroperasi Senin (19/10/2026) di Kemantren Jetis.\n\nFoto: Bus sekolah melintas di Jalan Diponegoro, Kemantren Jetis, Minggu (18/10/2026).'
    expect(dates(body)).toEqual(['18/10/2026'])
  })

  it('leaves a similar event scheduled a week later', () => {
    const body = 'Warga Kampung Jogoyudan membersihkan bantaran Sungai Code, Minggu (11/10/2026).\n\nKerja bakti serupa dijadwalkan di bantaran Sungai Winongo pada Minggu (18/10/2026).'
    expect(dates(body)).toEqual([])
  })

  it('still reports last week\'s date copied into the same event', () => {
    const body = 'Warga Kampung Jogoyudan membersihkan bantaran Sungai Code, Minggu (11/10/2026).\n\nSaat membersihkan bantaran Sungai Code pada Minggu (4/10/2026), warga menemukan kasur bekas.'
    expect(dates(body)).toEqual(['4/10/2026'])
  })
})
