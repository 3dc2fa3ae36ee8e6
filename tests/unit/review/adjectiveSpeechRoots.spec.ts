import { describe, expect, it } from 'vitest'

import { brief, check, warnings } from './helpers'

const article = (title: string, body = 'Kegiatan digelar di Balai Kota, Sabtu (24/10/2026).') => ({ title, body, publishedAt: '2026-10-25' })

describe('voice: "serunya", "tegasnya" naming a quality are no speech tags (round 22)', () => {
  it('reads a headline or sentence opened by the quality as the writer\'s', () => {
    expect(warnings('clickbait', article('Inilah Serunya Festival Jazz Kampung yang Bikin Heboh Warga'))).toEqual(['Inilah', 'Bikin Heboh'])
    expect(warnings('puffery', article('Lomba Dayung Kali Code', 'Lomba digelar Minggu (25/10/2026).\n\nSerunya adu cepat perahu naga itu sungguh spektakuler.'))).toEqual(['spektakuler'])
    expect(warnings('unattributed-certainty', article('Parkir Tertib', 'Petugas berjaga tiap hari. Tegasnya sikap petugas terbukti membuat parkir liar hilang.'))).toEqual(['terbukti'])
    expect(warnings('puffery', article('Begini Jelasnya Rute Pawai yang Spektakuler'))).toEqual(['Spektakuler'])
  })

  it('keeps the speech tag after a comma or a closing quotation mark', () => {
    expect(brief(check('puffery', article('Pawai Budaya', 'Pawai itu spektakuler, serunya kepada wartawan.')))).toEqual([['spektakuler', 'info']])
    expect(brief(check('unattributed-certainty', article('Parkir', 'Juru parkir liar tentu akan ditindak, tegasnya.')))).toEqual([['tentu', 'info']])
    expect(warnings('puffery', article('Pawai', '"Pawainya spektakuler," serunya.'))).toEqual([])
    expect(warnings('puffery', article('Pawai', 'Menurut panitia, pawai itu spektakuler.'))).toEqual([])
  })
})
