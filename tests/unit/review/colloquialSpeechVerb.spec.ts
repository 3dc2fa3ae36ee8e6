import { describe, expect, it } from 'vitest'

import { brief, check, warnings } from './helpers'

const input = (body: string) => ({ title: 'Wawancara Lurah', body, publishedAt: '2026-07-23' })
const quotes = (body: string) => warnings('unattributed-quote', input(body))

describe('voice: colloquial "bilang" introduces speech (round 22)', () => {
  it('reads a quotation or paraphrase after "bilang" as someone\'s words', () => {
    expect(quotes('Apa keluhan anak-anak?\n\nMereka bilang, "Kami tidak punya tempat main, yang ada cuma gang."')).toEqual([])
    expect(quotes('Pedagang pasar bilang, "Los baru ini lebih terang dan bersih."')).toEqual([])
    expect(quotes('"Airnya sudah jernih lagi," bilang Sumini sambil menimba.')).toEqual([])
    expect(brief(check('puffery', input('Para pengunjung bilang kuliner di bazar itu spektakuler.')))).toEqual([['spektakuler', 'info']])
  })

  it('keeps the writer\'s voice and a quotation nobody is named for', () => {
    expect(quotes('Jalan kampung diperbaiki.\n\n"Kami tidak punya tempat main, yang ada cuma gang."')).toHaveLength(1)
    expect(brief(check('puffery', input('Bilangan peserta tahun ini spektakuler.')))).toEqual([['spektakuler', 'warning']])
    expect(brief(check('puffery', input('Kuliner di bazar itu spektakuler.')))).toEqual([['spektakuler', 'warning']])
    expect(quotes('Hujan turun sejak siang.\n\n"Airnya naik cepat sekali."')).toHaveLength(1)
  })
})
