import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const money = (title: string, body: string) => excerpts('money-consistency', { title, body, publishedAt: '2026-10-12' })
const title = 'Pemkot Salurkan Rp2,85 Miliar untuk Sekolah Inklusi'
const lead = 'Pemerintah kota menyalurkan bantuan operasional penyelenggaraan sekolah inklusi tahap pertama tahun 2026 sebesar Rp2,85 miliar.\n\nDana diterima 64 sekolah di enam kemantren.\n\n'

describe('money-consistency: a whole restated with the digits reordered (round 19)', () => {
  it('reports the later whole when the headline and lead agree on the digits in another order', () => {
    expect(money(title, `${lead}Dengan total dana Rp2,58 miliar pada tahap pertama ini, dinas berharap layanan sekolah membaik.`)).toEqual(['Rp2,58 miliar'])
  })

  it('leaves a whole given once before, or a whole of another scope, alone', () => {
    expect(money('Sekolah Inklusi Terima Bantuan', `${lead}Dengan total dana Rp2,58 miliar pada tahap pertama ini, dinas berharap layanan sekolah membaik.`)).toEqual([])
    expect(money(title, `${lead}Dengan total tambahan Rp2,58 miliar dari provinsi, dinas berharap layanan sekolah membaik.`)).toEqual([])
  })
})
