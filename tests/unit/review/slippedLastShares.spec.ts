import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const shares = (body: string) => excerpts('percentage-sum', { title: 'Pembagian Hasil Usaha', body, publishedAt: '2026-10-12' })

describe('round 22: a last share that a digit slip would bring to 100 is excerpted to its clause end (percentage-sum)', () => {
  it('runs the excerpt over a label opened by "untuk"', () => {
    expect(shares('Sebanyak 70 persen dibagikan ke warga, 20 persen untuk kas, dan 15 persen untuk perawatan fasilitas kampung.')).toEqual([
      '70 persen dibagikan ke warga, 20 persen untuk kas, dan 15 persen untuk perawatan fasilitas kampung',
    ])
  })

  it('runs it over a label opened by "di" and a share with a decimal comma', () => {
    expect(shares('Sebanyak 62,5 persen pengunjung datang dari DIY, 30 persen dari Jawa Tengah, dan 8,5 persen di luar Jawa.')).toEqual([
      '62,5 persen pengunjung datang dari DIY, 30 persen dari Jawa Tengah, dan 8,5 persen di luar Jawa',
    ])
  })

  it('runs it over a label opened by "pada" in a caption', () => {
    expect(shares('Foto: Sebanyak 55 persen kursi terisi pada sesi pagi dan 54 persen pada sesi malam.')).toEqual([
      '55 persen kursi terisi pada sesi pagi dan 54 persen pada sesi malam',
    ])
  })

  it('runs it over a label opened by "yang" with two swapped digits', () => {
    expect(shares('Hasil survei menunjukkan 41 persen responden puas, 45 persen cukup puas, dan 41 persen yang menyatakan kurang puas.')).toEqual([
      '41 persen responden puas, 45 persen cukup puas, dan 41 persen yang menyatakan kurang puas',
    ])
  })

  it('keeps the excerpt at the share when no slip of the last share would add up', () => {
    expect(shares('Sebanyak 70 persen dibagikan ke warga, 20 persen untuk kas, dan 25 persen untuk perawatan fasilitas kampung.')).toEqual([
      '70 persen dibagikan ke warga, 20 persen untuk kas, dan 25 persen',
    ])
  })

  it('stays silent on shares that add up', () => {
    expect(shares('Sebanyak 70 persen dibagikan ke warga, 20 persen untuk kas, dan 10 persen untuk perawatan fasilitas kampung.')).toEqual([])
    expect(shares('Sebanyak 62,5 persen pengunjung datang dari DIY, 30 persen dari Jawa Tengah, dan 7,5 persen di luar Jawa.')).toEqual([])
  })

  it('stays silent on rates of different wholes', () => {
    expect(shares('Tingkat hunian hotel berbintang 78 persen, sedangkan hotel nonbintang 64 persen.')).toEqual([])
  })
})
