import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'
import { findingKey } from '@/review/findingKey'
import type { Finding } from '@/review/types'

const finding = (over: Partial<Finding> = {}): Finding => ({
  rule: 'weekday-date',
  category: 'accuracy',
  severity: 'error',
  message: 'm',
  field: 'body',
  start: 10,
  end: 28,
  excerpt: 'Selasa (30/5/2022)',
  ...over,
})

describe('findingKey', () => {
  it('ignores offsets, message, case, spacing and quote style', () => {
    const key = findingKey(finding())
    expect(findingKey(finding({ start: 500, end: 518, message: 'other' }))).toBe(key)
    expect(findingKey(finding({ excerpt: 'selasa  (30/5/2022)' }))).toBe(key)
    expect(findingKey(finding({ rule: 'unattributed-quote', excerpt: '“Kami siap”' }))).toBe(
      findingKey(finding({ rule: 'unattributed-quote', excerpt: '"Kami siap"' })),
    )
  })

  it('differs by rule, field and excerpt', () => {
    const key = findingKey(finding())
    expect(findingKey(finding({ rule: 'relative-time' }))).not.toBe(key)
    expect(findingKey(finding({ field: 'lead' }))).not.toBe(key)
    expect(findingKey(finding({ excerpt: 'Rabu (30/5/2022)' }))).not.toBe(key)
  })

  it('survives an edit elsewhere in the article', () => {
    const before = analyzeArticle({ title: 'Pasar Dibuka', body: 'Pasar dibuka Selasa (30/5/2022).' })
    const after = analyzeArticle({ title: 'Pasar Kranggan Dibuka', body: 'Setelah renovasi, pasar dibuka Selasa (30/5/2022).' })
    expect(before[0].start).not.toBe(after[0].start)
    expect(findingKey(after[0])).toBe(findingKey(before[0]))
  })
})
