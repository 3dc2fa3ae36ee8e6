import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

describe('round 9: percentage-sum tells rates of two wholes from shares of one', () => {
  it('does not add up rates of different wholes set side by side', () => {
    expect(excerpts('percentage-sum', 'Okupansi hotel berbintang 78 persen, sedangkan hotel nonbintang 64 persen selama libur Natal.')).toEqual([])
    expect(excerpts('percentage-sum', 'Tingkat kehadiran siswa SD 96 persen dan siswa SMP 91 persen.')).toEqual([])
  })

  it('still adds up the shares of one breakdown', () => {
    expect(excerpts('percentage-sum', 'Sampah terdiri atas 55 persen organik, 30 persen plastik, dan 25 persen lainnya.')).toHaveLength(1)
    expect(excerpts('percentage-sum', 'Tingkat kepuasan warga: 60 persen puas, 30 persen cukup puas, dan 20 persen tidak puas.')).toHaveLength(1)
  })
})
