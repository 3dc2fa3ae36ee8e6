import { describe, expect, it } from 'vitest'

import { check } from './helpers'

describe('clickbait', () => {
  it('reports clickbait openers in the title and at sentence starts', () => {
    expect(check('clickbait', { title: 'Heboh, Pasar Baru Dibuka', body: 'Isi berita.' }).map((f) => f.excerpt)).toEqual(['Heboh'])
    expect(check('clickbait', { title: 'Wow! Ternyata Ini Alasannya', body: 'Simak selengkapnya di bawah.' }).map((f) => f.excerpt)).toEqual([
      'Wow',
      'Ternyata',
      'Ini Alasannya',
      'Simak',
    ])
  })

  it('does not report the same words in the middle of a sentence', () => {
    expect(check('clickbait', { title: 'Pasar Kranggan Dibuka Kembali', body: 'Hasil survei ternyata berbeda dari perkiraan, kata dia.' })).toEqual([])
  })
})
