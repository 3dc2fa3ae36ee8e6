import { describe, expect, it } from 'vitest'

import { check } from './helpers'

describe('weekday-date', () => {
  it('accepts a weekday that matches the date, in every news form', () => {
    // 30 May 2022 was a Monday.
    for (const body of [
      'Wali Kota meresmikan pasar, Senin (30/5).',
      'Wali Kota meresmikan pasar, Senin (30/5/2022).',
      'Wali Kota meresmikan pasar pada Senin, 30 Mei 2022.',
      'Wali Kota meresmikan pasar pada Senin, 30 Mei.',
      'Rapat digelar Senin (30/05/22) di Balai Kota.',
      'The mayor opened the market on Monday, May 30, 2022.',
    ]) {
      expect(check('weekday-date', body), body).toEqual([])
    }
  })

  it('reports a weekday that does not match, as an error with the right weekday', () => {
    const findings = check('weekday-date', 'Wali Kota meresmikan pasar, Selasa (30/5/2022), di Gedongkuning.')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ severity: 'error', category: 'accuracy', excerpt: 'Selasa (30/5/2022)', field: 'body' })
    expect(findings[0].message).toContain('Senin')
  })

  it('reports the long form and the English form', () => {
    expect(check('weekday-date', 'Acara berlangsung Rabu, 30 Mei 2022 di alun-alun.')[0]?.excerpt).toBe('Rabu, 30 Mei 2022')
    expect(check('weekday-date', 'The event took place on Friday, May 30, 2022.')).toHaveLength(1)
  })

  it('takes a missing year from the publication date (nearest year)', () => {
    // Published 2 January 2023: "Jumat (30/12)" is 30 December 2022 (a Friday), not 2023 (a Saturday).
    expect(check('weekday-date', { body: 'Kegiatan dimulai Jumat (30/12).', publishedAt: '2023-01-02' })).toEqual([])
    expect(check('weekday-date', { body: 'Kegiatan dimulai Sabtu (30/12).', publishedAt: '2023-01-02' })).toHaveLength(1)
    // Published in May 2023: 30/5 is a Tuesday.
    expect(check('weekday-date', { body: 'Kegiatan dimulai Senin (30/5).', publishedAt: '2023-05-29T10:00:00+07:00' })).toHaveLength(1)
  })

  it('cannot check a date without year when there is no publication date', () => {
    expect(check('weekday-date', { body: 'Kegiatan dimulai Selasa (30/5).', publishedAt: undefined })).toEqual([])
  })

  it('reports dates that do not exist', () => {
    const findings = check('weekday-date', 'Rapat digelar Senin (31/6/2022).')
    expect(findings).toHaveLength(1)
    expect(findings[0].message).toContain('tidak ada di kalender')
  })

  it('ignores "minggu" as a common noun and unrelated numbers', () => {
    expect(check('weekday-date', 'Dua minggu (14 hari) lalu, 30/5 warga hadir.')).toEqual([])
    expect(check('weekday-date', 'Sebanyak 30 persen warga hadir pada minggu lalu.')).toEqual([])
  })
})
