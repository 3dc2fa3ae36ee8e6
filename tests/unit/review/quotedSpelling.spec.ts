import { describe, expect, it } from 'vitest'

import { check } from './helpers'

// Round 19: the spelling inside a quotation is the writer's transcription. Sentences of my own.

const spelling = (body: string) => check('preferred-spelling', { title: 'Layanan Aduan', body, publishedAt: '2026-11-02' }).map((f) => [f.excerpt, f.severity])

describe('round 19: a listed tidak-baku spelling inside a quotation', () => {
  it('is corrected like the writer’s own words', () => {
    expect(spelling('"Warga yang punya keluhan silahkan datang ke kantor kelurahan," kata Lurah Wirobrajan.')).toEqual([['silahkan', 'warning']])
    expect(spelling('"Kami sudah mengantongi ijin dari dinas," ujar ketua panitia.')).toEqual([['ijin', 'warning']])
  })

  it('says in the message that the quote is the writer’s spelling', () => {
    const [finding] = check('preferred-spelling', { title: 'Layanan Aduan', body: '"Silahkan antre di loket dua," kata petugas.', publishedAt: '2026-11-02' })
    expect(finding.suggestion).toBe('Silakan')
    expect(finding.message).toContain('kutipan')
  })

  it('leaves the standard spelling alone, in quotes and out', () => {
    expect(spelling('"Silakan lapor bila ada pungutan," kata Lurah. Warga mendapat izin keramaian.')).toEqual([])
  })
})
