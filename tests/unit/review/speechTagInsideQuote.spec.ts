import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

// Round 19: a speech tag typed inside a quotation left open names its speaker even with a title and a name.
// Sentences of my own.

const article = (body: string) => ({ title: 'Banjir Surut', body, publishedAt: '2026-02-14' })

describe('round 19: a speech tag with title and name inside an unclosed quotation', () => {
  it('attributes the quote, while the open quotation mark is still reported', () => {
    const body = 'Air mulai surut pada sore hari. "Semua pompa sudah kami nyalakan sejak pagi, kata Kepala Dinas Pekerjaan Umum dan Perumahan, Rudi Hartanto.'
    expect(warnings('unattributed-quote', article(body))).toEqual([])
    expect(warnings('unbalanced-quote', article(body))).toHaveLength(1)
  })

  it('still reports an open quotation with no speech tag in it', () => {
    const body = 'Air mulai surut pada sore hari. "Semua pompa sudah kami nyalakan sejak pagi, dan warga diminta tetap waspada.'
    expect(warnings('unattributed-quote', article(body))).toHaveLength(1)
  })
})
