import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const dates = (body: string) => excerpts('date-consistency', { body, publishedAt: '2026-11-16' })
const lead = 'Pawai budaya kampung digelar di Jalan Malioboro, Sabtu (14/11/2026) sore.\n\n'

describe('date-consistency: a date its own weekday contradicts is weekday-date\'s (round 19)', () => {
  it('leaves a caption date whose weekday is the lead\'s to weekday-date', () => {
    const body = `${lead}Foto: Peserta pawai budaya berjalan di Jalan Malioboro, Sabtu (13/11/2026) sore.`
    expect(dates(body)).toEqual([])
    expect(excerpts('weekday-date', { body, publishedAt: '2026-11-16' })).toEqual(['Sabtu (13/11/2026)'])
  })

  it('still reports a caption dated differently with a weekday that fits its date', () => {
    expect(dates(`${lead}Foto: Peserta pawai budaya berjalan di Jalan Malioboro, Jumat (13/11/2026) sore.`)).toEqual(['13/11/2026'])
  })
})
