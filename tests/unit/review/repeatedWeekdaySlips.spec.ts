import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const slips = (body: string) => excerpts('weekday-date', { body, publishedAt: '2026-12-04' })

describe('weekday-date: the same slip repeated is one finding (round 20)', () => {
  it('reports a wrong weekday restated in the photo caption once', () => {
    const body =
      'Kerja bakti membersihkan saluran air digelar di Kampung Gedongkiwo, Kamis (2/12/2026) pagi.\n\n' +
      'Foto: Warga mengangkat lumpur dari saluran di Gedongkiwo, Kamis (2/12/2026).'
    expect(slips(body)).toEqual(['Kamis (2/12/2026)'])
  })

  it('still reports two different slips', () => {
    const body =
      'Kerja bakti digelar Kamis (2/12/2026) pagi.\n\nKegiatan serupa dijadwalkan lagi Kamis (9/12/2026).'
    expect(slips(body)).toEqual(['Kamis (2/12/2026)', 'Kamis (9/12/2026)'])
  })

  it('does not report a correct weekday, repeated or not', () => {
    expect(slips('Rapat digelar Rabu (2/12/2026).\n\nFoto: Suasana rapat, Rabu (2/12/2026).')).toEqual([])
  })
})
