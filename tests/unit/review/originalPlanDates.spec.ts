import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const dates = (body: string) => excerpts('date-consistency', { title: 'Renovasi Pasar Kranggan Rampung', body, publishedAt: '2026-09-05' })
const lead = 'Renovasi los sayur Pasar Kranggan rampung, Jumat (4/9/2026), lebih cepat dari jadwal.\n\n'

describe('date-consistency: the date of an original plan is another date (round 20)', () => {
  it('accepts a planned date referred back to after "semula" or "awalnya"', () => {
    expect(dates(`${lead}Pekerjaan yang semula ditargetkan tuntas pada 11 September itu dipercepat karena cuaca cerah.`)).toEqual([])
    expect(dates(`${lead}Renovasi yang awalnya dijadwalkan selesai 11 September tersebut dikerjakan dua regu.`)).toEqual([])
  })

  it('still reports the event restated with another date', () => {
    expect(dates(`${lead}Renovasi yang selesai pada 11 September itu dikerjakan dua regu.`)).toEqual(['11 September'])
  })
})
