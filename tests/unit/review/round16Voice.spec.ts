import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'

const neutrality = (body: string) =>
  analyzeArticle({ title: 'Layanan Kota', body, publishedAt: '2026-10-12' })
    .filter((f) => f.category === 'neutrality')
    .map((f) => [f.rule, f.severity])

describe('voice: an indirect speech tag closing the sentence (round 16)', () => {
  it('makes an unquoted appeal reported speech', () => {
    expect(neutrality('Ayo bawa anak ke posyandu bulan ini, kata Kepala Puskesmas Tegalrejo.')).toEqual([['call-to-action', 'info']])
    expect(neutrality('Ayo bawa anak ke posyandu bulan ini, ujar dia.')).toEqual([['call-to-action', 'info']])
  })

  it('keeps the writer\'s appeal when the word is no tag', () => {
    expect(neutrality('Ayo bawa anak ke posyandu bulan ini.')).toEqual([['call-to-action', 'warning']])
    expect(neutrality('Ayo bawa anak ke posyandu, kata kunci kesehatan keluarga.')).toEqual([['call-to-action', 'warning']])
  })
})
