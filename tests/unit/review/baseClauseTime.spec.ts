import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const counts = (body: string) => excerpts('number-consistency', { title: 'Penertiban Spanduk', body, publishedAt: '2026-10-12' })
const lead = 'Satpol PP menyita 152 spanduk tanpa izin di ruas jalan utama selama sepekan, Senin (12/10/2026).\n\nPenertiban melibatkan petugas kemantren.\n\n'

describe('number-consistency: the base of a breakdown is judged on its own clause (round 19)', () => {
  it('reports a base with reordered digits although its parts are of another time', () => {
    expect(counts(`${lead}Menurut kepala satuan, dari 125 spanduk yang disita, 30 di antaranya sebelumnya pernah disita.`)).toEqual(['125 spanduk'])
  })

  it('leaves a base whose own clause names another time alone', () => {
    expect(counts(`${lead}Menurut kepala satuan, dari 125 spanduk yang disita tahun lalu, 30 di antaranya kembali dipasang.`)).toEqual([])
  })
})
