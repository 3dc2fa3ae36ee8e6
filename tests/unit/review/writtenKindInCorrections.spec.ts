import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const notice = (sentence: string) => ({
  title: 'Ralat: Jadwal Seleksi Petugas Kebersihan',
  body: `Dalam berita sebelumnya tertulis seleksi digelar pada Senin, 8 Juni 2026. Informasi itu keliru.\n\nYang benar, seleksi digelar pada Selasa, 9 Juni 2026.\n\n${sentence}`,
  publishedAt: '2026-06-05',
})

describe('correction notices: "tertulis" describing a noun is no report of the wrong version (round 21)', () => {
  it('reads sentences with a written test, warning, request or answer, whatever the word order', () => {
    const slips = [
      'Ujian tertulis untuk pelamar digelar Kamis, 12 Juni 2026.',
      'Panitia menjawab keberatan peserta secara tertulis pada Kamis, 12 Juni 2026.',
      'Peserta yang terlambat mendapat teguran tertulis, dan wawancara digelar Kamis, 12 Juni 2026.',
      'Pada Kamis, 12 Juni 2026, pelamar yang belum membawa izin tertulis dari orang tua diminta melengkapinya.',
      'Permohonan tertulis dari sekolah diterima paling lambat Kamis (12/6/2026).',
    ]
    for (const s of slips) expect(excerpts('weekday-date', notice(s)).length, s).toBe(1)
  })

  it('still leaves out the sentences that report what the earlier text said', () => {
    for (const s of [
      'Seperti yang tertulis dalam rilis, wawancara digelar Kamis, 12 Juni 2026.',
      'Di artikel itu juga tertulis wawancara digelar Kamis, 12 Juni 2026.',
      'Jadwal wawancara Kamis, 12 Juni 2026 sebagaimana tertulis sebelumnya juga keliru.',
      'Dalam pengumuman itu tertulis ujian tertulis digelar Kamis, 12 Juni 2026.',
    ]) {
      expect(excerpts('weekday-date', notice(s)), s).toEqual([])
    }
  })
})
