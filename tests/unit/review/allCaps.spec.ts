import { describe, expect, it } from 'vitest'

import { check } from './helpers'

describe('all-caps', () => {
  it('reports shouted words and an all-caps title', () => {
    expect(check('all-caps', 'Pendaftaran GRATIS untuk warga. INI DIA HASIL rapat.').map((f) => f.excerpt)).toEqual(['GRATIS', 'INI DIA HASIL'])
    const title = check('all-caps', { title: 'PASAR KRANGGAN RESMI DIBUKA', body: 'Isi.' })
    expect(title).toHaveLength(1)
    expect(title[0]).toMatchObject({ field: 'title', excerpt: 'PASAR KRANGGAN RESMI DIBUKA', severity: 'warning' })
  })

  it('accepts acronyms from the lexicon and short acronyms in general', () => {
    expect(check('all-caps', 'DPRD dan BAPPEDA membahas APBD bersama OPD, RSUD, PDAM, UMKM dan KPU DIY. HUT ke-XVII digelar.')).toEqual([])
  })

  it('accepts acronyms the office adds', () => {
    const body = 'Aplikasi JOGJAPLAN diluncurkan.'
    expect(check('all-caps', body)).toHaveLength(1)
    expect(check('all-caps', body, { extraLexicon: { acronyms: ['JOGJAPLAN'] } })).toEqual([])
  })

  it('accepts long OPD acronyms that cannot be Indonesian words', () => {
    const body = 'Kepala DPUPKP meninjau proyek bersama BAPPERIDA dan DPMPTSP. KEMENPANRB menilai laporan itu.'
    expect(check('all-caps', body)).toEqual([])
  })

  it('accepts acronyms the article defines in parentheses and capitals from the registry', () => {
    expect(check('all-caps', 'Aplikasi Sistem Informasi Layanan Terpadu (SILATURAHMI) dibuka. SILATURAHMI melayani warga.')).toEqual([])
    const registry = [{ name: 'Program SEHATI', variants: ['Program Sehati Kota'] }]
    expect(check('all-caps', 'Program SEHATI dimulai.', { registry })).toEqual([])
    expect(check('all-caps', 'Program SEHATI dimulai.').map((f) => f.excerpt)).toEqual(['SEHATI'])
  })

  it('still reports ordinary words in capitals, including loanwords with consonant clusters', () => {
    const body = 'Layanan ini GRATIS dan PENTING. Simak INSTRUKSI berikut dan promo EKSKLUSIF minggu ini.'
    expect(check('all-caps', body).map((f) => f.excerpt)).toEqual(['GRATIS', 'PENTING', 'INSTRUKSI', 'EKSKLUSIF'])
  })
})
