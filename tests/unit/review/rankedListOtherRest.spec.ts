import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const lead = 'Dinas Pertanian dan Pangan membagikan 5.000 bibit sayuran kepada kelompok wanita tani di 14 kemantren, Selasa (3/3/2026).'
const totals = (...later: string[]) => excerpts('parts-total', { title: 'Bibit Sayuran', body: [lead, 'Bibit diambil dari kebun bibit milik dinas.', ...later].join('\n\n'), publishedAt: '2026-03-04' })

describe('parts-total: a ranked list whose rest counts something else is a list of some (round 21)', () => {
  it('stays silent when the rest is kinds, places or a count of another noun, in the next sentence', () => {
    const ranked = 'Bibit yang paling banyak dibagikan adalah cabai dengan 1.800 bibit, disusul tomat 1.200 bibit, dan terong 900 bibit.'
    expect(totals(`${ranked} Sisanya terdiri atas 12 jenis sayuran lain.`)).toEqual([])
    expect(totals(`${ranked} Selebihnya tersebar di 9 kemantren lain.`)).toEqual([])
    expect(totals(`${ranked} Sebanyak 30 jenis lainnya dibagikan dalam jumlah kecil.`)).toEqual([])
    expect(totals(`Penerima terbanyak ialah Kemantren Tegalrejo 1.500 bibit, Kemantren Kotagede 1.100 bibit, Kemantren Umbulharjo 700 bibit, dan Kemantren Jetis 600 bibit. Sisanya dibagi ke 10 kemantren lain.`)).toEqual([])
  })

  it('still reports a ranked list its rest closes in the same noun, and a plain list, that do not add up', () => {
    const ranked = 'Bibit yang paling banyak dibagikan adalah cabai dengan 1.800 bibit, disusul tomat 1.200 bibit, dan terong 900 bibit.'
    expect(totals(`${ranked} Sisanya 900 bibit sawi.`)).toEqual(['5.000 bibit'])
    expect(totals('Bibit dibagikan ke Kemantren Tegalrejo 1.800 bibit, Kemantren Kotagede 1.200 bibit, dan Kemantren Jetis 1.500 bibit.')).toEqual(['5.000 bibit'])
  })
})
