import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const dates = (body: string) => excerpts('date-consistency', { title: 'Kebakaran Gudang di Jalan Magelang', body, publishedAt: '2026-10-14' })
const lead = 'Sebuah gudang kayu di Jalan Magelang terbakar, Selasa (13/10/2026) siang. Api padam setelah dua jam.\n\nTidak ada korban jiwa.\n\n'

describe('date-consistency: a caption of the aftermath, dated after the event (round 20)', () => {
  it('accepts a caption saying its scene comes after the event', () => {
    expect(dates(`${lead}Foto: Pemilik memeriksa sisa gudang di Jalan Magelang setelah kebakaran, Rabu (14/10/2026).`)).toEqual([])
    expect(dates(`${lead}Foto: Petugas menyemprot bara di Jalan Magelang pascakebakaran, Rabu (14/10/2026).`)).toEqual([])
  })

  it('still reports a caption of the event itself dated a day off', () => {
    expect(dates(`${lead}Foto: Petugas memadamkan api di gudang Jalan Magelang, Rabu (14/10/2026).`)).toEqual(['14/10/2026'])
  })
})
