import { describe, expect, it } from 'vitest'

import { check } from './helpers'

// Round 12: precision on clean copy. None of the examples is taken from the corpus.

describe('round 12: "sekali" after a unit of time is a frequency', () => {
  it('reads "dua minggu sekali" and "enam bulan sekali" as "once per …"', () => {
    expect(check('intensifier', 'Kader posyandu menimbang balita setiap dua minggu sekali di balai warga.')).toEqual([])
    expect(check('intensifier', 'Tangki septik rumah susun disedot enam bulan sekali oleh petugas.')).toEqual([])
  })

  it('still reports "sekali" after an adjective', () => {
    expect(check('intensifier', 'Taman kota itu kini bersih sekali.').map((f) => f.excerpt)).toEqual(['sekali'])
  })
})
