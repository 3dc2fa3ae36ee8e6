import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const counts = onBody('number-consistency', 'Angin Kencang Melanda Kota')
const opening = 'Angin kencang melanda kota, Kamis (8/10/2026) sore. Tim SAR membersihkan pohon tumbang di jalan utama.'

describe('round 18: a breakdown base with two digits swapped (number-consistency)', () => {
  it('reports "Dari N rumah yang rusak," with the digits of the count given before swapped', () => {
    const body = `${opening}\n\nBPBD mencatat 16 rumah mengalami kerusakan atap di tiga kelurahan.\n\nDari 61 rumah yang rusak, sebagian besar beratap asbes.`
    expect(counts(body)).toEqual(['61 rumah'])
  })

  it('reports a whole referred back with a demonstrative', () => {
    const body = `${opening}\n\nBPBD mencatat 16 rumah mengalami kerusakan atap di tiga kelurahan.\n\nPerbaikan 61 rumah tersebut dibiayai dana tak terduga.`
    expect(counts(body)).toEqual(['61 rumah'])
  })

  it('leaves the same base, another figure, and a count that is no base', () => {
    const same = `${opening}\n\nBPBD mencatat 16 rumah mengalami kerusakan atap.\n\nDari 16 rumah yang rusak, sebagian besar beratap asbes.`
    expect(counts(same)).toEqual([])
    const other = `${opening}\n\nBPBD mencatat 16 rumah mengalami kerusakan atap.\n\nPetugas juga memeriksa 61 rumah di bantaran sungai.`
    expect(counts(other)).toEqual([])
    const single = `${opening}\n\nBPBD mencatat 16 rumah mengalami kerusakan atap.\n\nDari 5 rumah yang rusak berat, dua rumah harus dibongkar.`
    expect(counts(single)).toEqual([])
  })
})
