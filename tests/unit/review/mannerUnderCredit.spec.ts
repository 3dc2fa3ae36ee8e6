import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'

// Round 20: in a credit sentence, loaded language as the manner of an action ("relawan dengan sigap …") judges the
// clause's subject and stays beside the credit; praise of the credited official stays hidden. Sentences of my own.

const found = (body: string) =>
  analyzeArticle({ title: 'Kerja Bakti', body, publishedAt: '2026-09-03' }, { rules: ['writer-credit', 'loaded-language'] })
    .filter((f) => f.severity !== 'info')
    .map((f) => f.rule)
    .sort()

describe('round 20: a manner of action inside a credit sentence', () => {
  it('keeps the manner phrase beside the credit', () => {
    expect(found('Di bawah kepemimpinan Lurah Gowongan, relawan dengan sigap membersihkan lumpur dari rumah warga.')).toEqual(['loaded-language', 'writer-credit'])
    expect(found('Di bawah kepemimpinan Camat Mergangsan, petugas dengan cekatan mengevakuasi warga lansia.')).toEqual(['loaded-language', 'writer-credit'])
  })

  it('still hides praise of the credited official', () => {
    expect(found('Di bawah kepemimpinan lurah yang visioner, kampung ini kini bebas sampah.')).toEqual(['writer-credit'])
  })
})
