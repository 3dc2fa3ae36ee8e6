import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const counts = (body: string) => excerpts('number-consistency', { title: 'Serapan Anggaran Kelurahan', body, publishedAt: '2026-10-05' })
const opening = 'Hingga akhir September, serapan anggaran kelurahan baru mencapai 64 persen.\n\nCamat meminta lurah mempercepat belanja.\n\n'

describe('number-consistency: a share referring back with its figure mistyped (round 20)', () => {
  it('reports the reference with the digits swapped', () => {
    expect(counts(`${opening}Menurut dia, serapan yang baru 46 persen itu terutama tertahan di pekerjaan fisik.`)).toEqual(['46 persen'])
  })

  it('reads the thing with its -nya ("serapannya")', () => {
    expect(counts(`${opening}Kelurahan yang serapannya baru 46 persen tersebut diminta melapor.`)).toEqual(['46 persen'])
  })

  it('leaves a share of another thing alone', () => {
    expect(counts(`${opening}Adapun kehadiran rapat yang 46 persen itu dinilai rendah.`)).toEqual([])
  })

  it('leaves another time or a target alone', () => {
    expect(counts(`${opening}Tahun lalu serapan pada bulan yang sama 46 persen itu pun dikritik.`)).toEqual([])
    expect(counts(`${opening}Serapan ditargetkan naik dari 46 persen tersebut.`)).toEqual([])
  })

  it('leaves a figure that is no slip of it, or no reference, alone', () => {
    expect(counts(`${opening}Menurut dia, serapan yang baru 30 persen itu terutama di pekerjaan fisik.`)).toEqual([])
    expect(counts(`${opening}Di kelurahan lain serapan mencapai 46 persen.`)).toEqual([])
  })
})
