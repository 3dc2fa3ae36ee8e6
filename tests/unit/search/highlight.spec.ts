import { describe, expect, it } from 'vitest'

import type { Segment } from '@/search'

import { hitFromText } from '@/search/highlight'

const marked = (segments: Segment[]) => segments.filter((s) => s.match).map((s) => s.text)
const plain = (segments: Segment[]) => segments.map((s) => s.text).join('')

describe('hitFromText (search hits marked in code, both engines)', () => {
  it('marks whole words of the title that start with a query word, folding case and accents', () => {
    const hit = hitFromText(7, { title: 'Banjirnya Surut, Pasar Kotagede Dibuka Lagi', lead: 'Pedagang kembali berjualan.' }, ['banjir', 'pasar'])
    expect(hit.id).toBe(7)
    expect(marked(hit.title)).toEqual(['Banjirnya', 'Pasar'])
    expect(plain(hit.title)).toBe('Banjirnya Surut, Pasar Kotagede Dibuka Lagi')
    expect(marked(hitFromText(1, { title: 'Kafé Baru di Malioboro' }, ['kafe']).title)).toEqual(['Kafé'])
  })

  it('matches a word under three letters only whole, as the FTS5 query does', () => {
    const hit = hitFromText(1, { title: 'Dinas PU di Umbulharjo' }, ['di', 'pu'])
    expect(marked(hit.title)).toEqual(['PU', 'di'])
  })

  it('shows the lead when it holds a match, else the body passage around the first match, with ellipses', () => {
    const body = `${'kata '.repeat(60)}air bersih mengalir lagi ke rumah warga ${'lain '.repeat(60)}`.trim()
    const fromLead = hitFromText(1, { title: 'Judul', lead: 'Air bersih kembali mengalir.', body }, ['air'])
    expect(plain(fromLead.snippet)).toBe('Air bersih kembali mengalir.')
    const fromBody = hitFromText(1, { title: 'Judul', lead: 'Pasokan pulih.', body }, ['air'])
    expect(marked(fromBody.snippet)).toEqual(['air'])
    expect(plain(fromBody.snippet)).toMatch(/^….*air bersih mengalir lagi.*…$/)
    expect(plain(fromBody.snippet).split(/\s+/).length).toBeLessThanOrEqual(30)
    // A title-only match shows the lead.
    expect(plain(hitFromText(1, { title: 'Air', lead: 'Pasokan pulih.', body: 'Tanpa kata itu.' }, ['air']).snippet)).toBe('Pasokan pulih.')
  })

  it('finds the passage deep in a long body, folding accents, and marks only the words that match', () => {
    const body = `${'paragraf '.repeat(5000)}Kafé literasi buka, kafetaria tutup. ${'akhir '.repeat(3000)}`
    const hit = hitFromText(1, { title: 'Judul', lead: 'Tanpa kata itu.', body }, ['kafe'])
    expect(marked(hit.snippet)).toEqual(['Kafé', 'kafetaria'])
    expect(plain(hit.snippet)).toMatch(/^….*Kafé literasi buka, kafetaria tutup\..*…$/)
    // No query word in lead or body: the lead is shown unmarked.
    expect(hitFromText(1, { title: 'Kafe', lead: 'Pasokan pulih.', body }, ['zebra']).snippet).toEqual([{ text: 'Pasokan pulih.', match: false }])
  })
})
