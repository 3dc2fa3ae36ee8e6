import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'
import { findingKey } from '@/review/findingKey'
import { unresolvedBlockingFindings } from '@/review/unresolvedBlockingFindings'

const article = {
  title: 'Pasar Kranggan Dibuka',
  body: 'Pasar dibuka Selasa (30/5/2022). Rapat lanjutan Rabu (2/6/2022). Warga sangat senang.',
}

describe('unresolvedBlockingFindings', () => {
  const findings = analyzeArticle(article)
  const errors = findings.filter((f) => f.severity === 'error')

  it('returns only error findings, none of the warnings', () => {
    expect(errors).toHaveLength(2)
    expect(findings.some((f) => f.severity === 'warning')).toBe(true)
    expect(unresolvedBlockingFindings(findings, [])).toEqual(errors)
    expect(unresolvedBlockingFindings(findings, undefined)).toEqual(errors)
  })

  it('drops findings acknowledged with a reason', () => {
    const acks = [{ key: findingKey(errors[0]), reason: 'Tanggal sesuai undangan resmi; hari dikonfirmasi panitia.' }]
    expect(unresolvedBlockingFindings(findings, acks)).toEqual([errors[1]])
  })

  it('keeps findings acknowledged without a real reason', () => {
    const acks = [
      { key: findingKey(errors[0]), reason: '   ' },
      { key: findingKey(errors[1]), reason: null },
    ]
    expect(unresolvedBlockingFindings(findings, acks)).toEqual(errors)
  })

  it('treats a fixed finding as resolved and ignores stale acknowledgements', () => {
    const fixed = analyzeArticle({ ...article, body: 'Pasar dibuka Senin (30/5/2022). Rapat lanjutan Kamis (2/6/2022).' })
    expect(unresolvedBlockingFindings(fixed, [{ key: 'weekday-date|body|lama', reason: 'x' }])).toEqual([])
  })
})
