import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'
import type { RuleId } from '@/review/types'

/** [rule, excerpt] of the puffery and loaded-language warnings. */
const praise = (body: string, title = 'Berita Kota') =>
  analyzeArticle({ title, body, publishedAt: '2026-09-02' }, { rules: ['puffery', 'loaded-language'] as RuleId[] })
    .filter((f) => f.severity !== 'info')
    .map((f) => [f.rule, f.excerpt])

describe('puffery: an undertaking called a great success is praise of the thing (round 22)', () => {
  it('reports "sukses besar"/"sukses gemilang" as puffery in any field', () => {
    expect(praise('Ribuan warga datang.', 'Grebeg Kampung Sukses Besar, Parkir Penuh Sejak Sore')).toEqual([['puffery', 'Sukses Besar']])
    expect(praise('Pasar murah yang digelar di tiga kemantren itu sukses besar.')).toEqual([['puffery', 'sukses besar']])
    expect(praise('Panitia menutup acara.\n\nLomba perahu naga tahun ini berakhir dengan sukses gemilang.')).toEqual([['puffery', 'sukses gemilang']])
    expect(praise('Program vaksinasi keliling sukses besar dan menuai pujian.')).toEqual([['puffery', 'sukses besar']])
  })

  it('stays silent on success reported by someone, in a quote, or measured plainly', () => {
    expect(praise('"Alhamdulillah, acaranya sukses besar," kata Ketua Panitia, Darmaji.')).toEqual([])
    expect(praise('Menurut Ketua Panitia, pasar murah itu sukses besar.')).toEqual([])
    expect(praise('Panitia menyebut kegiatan itu sukses karena 2.300 paket habis terjual.')).toEqual([])
    expect(praise('Panitia berharap kegiatan berjalan sukses dan aman.')).toEqual([])
  })
})
