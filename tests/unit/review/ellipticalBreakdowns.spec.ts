import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const counts = (body: string) => excerpts('number-consistency', { title: 'Pompa Air Baru untuk Kampung', body, publishedAt: '2026-09-14' })
const intro = 'Dinas Pekerjaan Umum menambah pompa air di kampung rawan genangan.\n\n'

describe('number-consistency: the total of a breakdown naming its noun once (round 20)', () => {
  it('accepts a reference to the sum of items that leave the noun out', () => {
    const body = `${intro}Empat pompa dipasang di Kampung Wirobrajan, dua di Gowongan, dan tiga di Sorosutan.\n\nPengadaan sembilan pompa itu dibiayai APBD.`
    expect(counts(body)).toEqual([])
  })

  it('also with figures in digits and "untuk"', () => {
    const body = `${intro}Dinas membagikan 12 pompa untuk Wirobrajan, 6 untuk Gowongan, dan 4 untuk Sorosutan.\n\nKe-22 pompa tersebut diuji pekan depan.`
    expect(counts(body)).toEqual([])
  })

  it('still reports a reference matching neither the first item nor the sum', () => {
    const body = `${intro}Empat pompa dipasang di Kampung Wirobrajan, dua di Gowongan, dan tiga di Sorosutan.\n\nPengadaan tujuh pompa itu dibiayai APBD.`
    expect(counts(body)).toEqual(['tujuh pompa'])
    const single = `${intro}Empat pompa dipasang di Kampung Wirobrajan.\n\nPengadaan lima pompa itu dibiayai APBD.`
    expect(counts(single)).toEqual(['lima pompa'])
  })
})
