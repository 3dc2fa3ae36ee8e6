import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

// Round 10: a place name misspelt outside its place phrase. None of the examples is taken from the corpus.

const names = (title: string, body: string) => excerpts('name-consistency', { title, body, publishedAt: '2026-10-12' })

describe('round 10: a place and the same name one letter off', () => {
  it('compares a place after a geographic word with a bare mention of the name', () => {
    expect(names('Kerja Bakti Warga', 'Warga Kampung Sidomulyo menggelar kerja bakti, Minggu (11/10/2026).\n\nKetua RW di Sidomolyo mengatakan kegiatan itu rutin.')).toEqual(['Sidomolyo'])
    expect(names('Lurah Purbayan Resmikan Taman', 'Taman di Kelurahan Purbayan dibangun warga.\n\nLurah Purboyan mengatakan taman dibuka untuk umum.')).toEqual(['Purboyan'])
  })

  it('still keeps a place apart from a person named with other name words or a form of address', () => {
    expect(names('Warga Bersihkan Sungai', 'Warga membersihkan Sungai Winongo, Minggu (11/10/2026).\n\nKoordinator relawan, Agus Winangun, memimpin kegiatan.')).toEqual([])
    expect(names('Warga Bersihkan Sungai', 'Warga membersihkan Sungai Winongo, Minggu (11/10/2026).\n\nKegiatan dipimpin Pak Winanto.')).toEqual([])
  })
})

describe('round 10: a spelling only in a photo caption yields to the body', () => {
  it('reports the caption form when both are written once', () => {
    const body = 'Foto: Lurah Notoprajan, Djoko Pramono, memantau luapan air.\n\nLurah Notoprajan, Joko Pramono, memantau banjir, Senin (12/10/2026).'
    expect(names('Lurah Pantau Banjir', body)).toEqual(['Djoko Pramono'])
  })
})
