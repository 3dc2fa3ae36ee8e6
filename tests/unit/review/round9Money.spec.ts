import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

describe('round 9: money-consistency catches transposed digits of one amount', () => {
  it('reports the same thing with its digits reordered at the same magnitude', () => {
    const body = 'Anggaran Rp1,25 miliar disiapkan untuk rehabilitasi pasar. Rehabilitasi selesai Desember 2026 dengan anggaran Rp1,52 miliar dari APBD.'
    expect(excerpts('money-consistency', body)).toHaveLength(1)
  })

  it('leaves different things, unit prices and two-digit amounts alone', () => {
    expect(excerpts('money-consistency', 'Anggaran Rp1,25 miliar disiapkan. Nilai kontrak Rp1,52 miliar diteken pekan ini.')).toEqual([])
    expect(excerpts('money-consistency', 'Bantuan Rp125 ribu per keluarga. Total bantuan Rp152 juta.')).toEqual([])
    expect(excerpts('money-consistency', 'Anggaran Rp12 juta untuk lomba. Anggaran Rp21 juta untuk konsumsi.')).toEqual([])
  })
})

describe('round 9 (phase 2): a reference back with transposed digits', () => {
  it('reports "Rp954 juta itu" after "Rp945 juta"', () => {
    const body = 'Total subsidi dari APBD 2026 sebesar Rp945 juta. Menurut Hana, subsidi sebesar Rp954 juta itu dihitung dari selisih harga.'
    expect(excerpts('money-consistency', body)).toEqual(['Rp954 juta'])
  })
})
