import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

// Round 19: a count before "hari ini"/"malam ini" makes a length of the event, not today. Sentences of my own.

const article = (body: string) => ({ title: 'Pelatihan Barista Muda', body, publishedAt: '2026-05-12' })

describe('round 19: a counted span with "ini"', () => {
  it('reads "dua hari ini" as the event’s length', () => {
    expect(warnings('relative-time', article('Pelatihan tiga hari ini diikuti 40 pemuda dari 14 kemantren.'))).toEqual([])
    expect(warnings('relative-time', article('Selama 2 malam ini panitia menyiapkan panggung.'))).toEqual([])
  })

  it('still reports "hari ini" with no count before it', () => {
    expect(warnings('relative-time', article('Pendaftaran pelatihan dibuka hari ini di kantor dinas.'))).toEqual(['hari ini'])
    expect(warnings('relative-time', article('Pelatihan kedua dibuka hari ini.'))).toEqual(['hari ini'])
  })
})
