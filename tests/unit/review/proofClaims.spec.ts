import { describe, expect, it } from 'vitest'

import { check, warnings } from './helpers'

// Round 19: a lesson the writer draws as proven ("membuktikan bahwa …") is certainty without a source. Sentences of my own.

const article = (body: string) => ({ title: 'Bank Sampah Kampung', body, publishedAt: '2026-04-22' })

describe('round 19: proof claims in the writer’s voice', () => {
  it('reports the lesson drawn as proven', () => {
    expect(warnings('unattributed-certainty', article('Warga Gondolayu membuktikan bahwa sampah bisa menjadi tabungan.'))).toEqual(['membuktikan bahwa'])
    expect(warnings('unattributed-certainty', article('Kegiatan ini menjadi bukti bahwa gotong royong masih hidup di kampung.'))).toEqual(['menjadi bukti bahwa'])
  })

  it('leaves measured evidence, a negation, a speaker and a person’s virtue alone', () => {
    expect(warnings('unattributed-certainty', article('Hasil uji laboratorium membuktikan bahwa air sumur layak minum.'))).toEqual([])
    expect(warnings('unattributed-certainty', article('Petugas belum membuktikan bahwa sampah itu dibuang warga.'))).toEqual([])
    const quoted = '"Warga membuktikan bahwa sampah bisa menjadi tabungan," kata Lurah.'
    expect(check('unattributed-certainty', article(quoted)).map((f) => f.severity)).toEqual(['info'])
    expect(warnings('unattributed-certainty', article('Ketua RW sekali lagi membuktikan bahwa ia peduli pada warganya.'))).toEqual([])
  })
})
