import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const formats = (body: string) => excerpts('number-format', { title: 'Tarif Baru', body, publishedAt: '2026-05-04' })

describe('number-format: rupiah with English grouping at a sentence or clause end (round 21)', () => {
  it('reports the figure before a full stop, a comma, a closing parenthesis or at a Q&A answer\'s end', () => {
    expect(formats('Tarif mobil naik dari Rp5.000 menjadi Rp 7,500. Tarif motor tetap.')).toEqual(['Rp 7,500'])
    expect(formats('Tiket dewasa kini Rp12,000, sedangkan tiket anak Rp6.000.')).toEqual(['Rp12,000'])
    expect(formats('Foto: Pedagang menata cabai rawit (Rp45,500).')).toEqual(['Rp45,500'])
    expect(formats('Berapa retribusinya?\n\nRetribusi per lapak Rp2,500,000.')).toEqual(['Rp2,500,000'])
  })

  it('stays silent on Indonesian decimals before a magnitude and on Indonesian grouping at a sentence end', () => {
    expect(formats('Anggarannya Rp7,5 juta. Dana cair bulan depan.')).toEqual([])
    expect(formats('Nilai kontrak Rp1,250 miliar, lebih rendah dari pagu.')).toEqual([])
    expect(formats('Tarif mobil naik menjadi Rp7.500. Tarif motor tetap Rp2.000, sama seperti tahun lalu.')).toEqual([])
  })
})
