import { describe, expect, it } from 'vitest'

import { check } from './helpers'

describe('number-consistency', () => {
  it('reports a count in the title that the body contradicts', () => {
    const findings = check('number-consistency', {
      title: 'Pelatihan Batik Diikuti 150 Peserta',
      body: 'Pelatihan membatik di Balai Kota diikuti 120 peserta dari 14 kecamatan.',
    })
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ field: 'title', excerpt: '150 Peserta', severity: 'warning' })
    expect(findings[0].message).toContain('120 peserta')
  })

  it('reports a lead that contradicts the body', () => {
    const findings = check('number-consistency', {
      lead: 'Sebanyak 1.500 warga menerima bantuan pangan.',
      body: 'Bantuan pangan diberikan kepada 1.200 warga di 45 kelurahan.',
    })
    expect(findings.map((f) => [f.field, f.excerpt])).toEqual([['lead', '1.500 warga']])
  })

  it('accepts equal figures, sums, approximations and different things', () => {
    expect(check('number-consistency', { title: '150 Peserta Ikuti Pelatihan', body: 'Sebanyak 150 peserta hadir.' })).toEqual([])
    expect(
      check('number-consistency', {
        title: '150 Peserta Ikuti Pelatihan',
        body: 'Pelatihan diikuti 120 peserta dari kota dan 30 peserta dari luar kota.',
      }),
    ).toEqual([])
    expect(check('number-consistency', { title: 'Lebih dari 100 Peserta Hadir', body: 'Tercatat 120 peserta hadir.' })).toEqual([])
    expect(check('number-consistency', { title: '150 Peserta Hadir', body: 'Ada 20 pelatih dan 14 kecamatan.' })).toEqual([])
    expect(check('number-consistency', { title: 'Pelatihan 3 Hari', body: 'Pelatihan berlangsung 2 hari.' })).toEqual([])
  })

  it('reads thousands and magnitude words', () => {
    expect(check('number-consistency', { title: '1,5 Juta Warga Terdata', body: 'Sebanyak 1.500.000 warga terdata.' })).toEqual([])
  })
})
