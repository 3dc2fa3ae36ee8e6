import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

describe('round 9: date-consistency follows the event verb', () => {
  it('reports a later date of the same event verb that differs from the lead by a few days', () => {
    const body =
      'Pemkot menggelar Festival Kampung pada Sabtu (14/11/2026) di Alun-alun Utara.\n\nSebanyak 40 stan mengisi festival. Festival Kampung digelar Minggu (15/11/2026) mulai pukul 08.00.'
    expect(excerpts('date-consistency', { body, publishedAt: '2026-11-16' })).toEqual(['15/11/2026'])
  })

  it('leaves other events, other verbs and dates weeks apart alone', () => {
    const other =
      'Pemkot menggelar Festival Kampung pada Sabtu (14/11/2026) di Alun-alun Utara.\n\nPendaftaran stan dibuka Senin (9/11/2026). Festival berikutnya digelar Sabtu (12/12/2026).'
    expect(excerpts('date-consistency', { body: other, publishedAt: '2026-11-16' })).toEqual([])
  })
})

describe('round 9: relative-time across the ends of a range', () => {
  it('reports a relative word closing a range that a date opens', () => {
    expect(excerpts('relative-time', 'Pendaftaran dibuka sejak Kamis (1/10) hingga hari ini di kantor kelurahan.')).toEqual(['hari ini'])
    expect(excerpts('relative-time', 'Posko dibuka mulai 1 Oktober dan ditutup besok.')).toEqual(['besok'])
  })

  it('still takes a date next to the relative word as its date', () => {
    expect(excerpts('relative-time', 'Pendaftaran ditutup hari ini, Jumat (16/10).')).toEqual([])
    expect(excerpts('relative-time', 'Sejak Kamis (1/10), posko melayani warga dan tetap buka hari ini.')).toEqual([])
  })
})

describe('round 9 (phase 2): a photo caption of the lead event dated differently', () => {
  const lead = 'Kebakaran menghanguskan dua rumah di Kampung Jlagran, Rabu (14/10/2026) dini hari.\n\nPetugas memadamkan api dalam satu jam.'
  it('reports a caption naming a place of the lead with a date a day off', () => {
    const body = `${lead}\n\nFoto: Petugas melakukan pendinginan di lokasi kebakaran di Kampung Jlagran, Kamis (15/10/2026) dini hari.`
    expect(excerpts('date-consistency', { body, publishedAt: '2026-10-15' })).toEqual(['15/10/2026'])
  })

  it('leaves a caption of another place alone', () => {
    const body = `${lead}\n\nFoto: Warga mengikuti pelatihan relawan pemadam di Kampung Notoprajan, Kamis (15/10/2026).`
    expect(excerpts('date-consistency', { body, publishedAt: '2026-10-15' })).toEqual([])
  })
})
