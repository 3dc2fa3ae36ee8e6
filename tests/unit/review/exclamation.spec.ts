import { describe, expect, it } from 'vitest'

import { check } from './helpers'

describe('exclamation', () => {
  it('reports exclamation marks in title and body', () => {
    const findings = check('exclamation', { title: 'Pasar Baru Dibuka!', body: 'Datang dan belanja sekarang!!' })
    expect(findings.map((f) => [f.field, f.excerpt, f.severity])).toEqual([
      ['title', 'Baru Dibuka!', 'warning'],
      ['body', 'belanja sekarang!!', 'warning'],
    ])
  })

  it('reports a mark inside a quotation as info', () => {
    expect(check('exclamation', '"Merdeka!" seru Wali Kota membuka upacara.').map((f) => f.severity)).toEqual(['info'])
  })

  it('finds nothing in plain text', () => {
    expect(check('exclamation', { title: 'Pasar Baru Dibuka', body: 'Pasar dibuka Senin (30/5).' })).toEqual([])
  })
})
