import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const parts = onBody('parts-total', 'Hadiah Lomba Diserahkan')

describe('round 22: an amount for each of a counted group counts that many times (parts-total)', () => {
  it('reports a breakdown announced after the total whose last item is for two winners', () => {
    const body = 'Tertulis total hadiah Rp50 juta, padahal yang benar Rp35 juta.\n\nRincian hadiah yang benar sebagai berikut: juara pertama Rp15 juta, juara kedua Rp10 juta, juara ketiga Rp7,5 juta, serta dua juara harapan masing-masing Rp2,5 juta.'
    expect(parts(body)).toEqual(['Rp35 juta'])
  })

  // A part one digit off from adding up draws the excerpt over it (round 22, `slippedPartAnchors.spec.ts`).
  it('reports a total broken down with "terdiri atas", the count in words', () => {
    expect(parts('Total hadiah Rp65 juta terdiri atas juara pertama Rp25 juta, juara kedua Rp20 juta, juara ketiga Rp15 juta, dan tiga juara harapan masing-masing Rp5 juta.')).toEqual(['Rp65 juta terdiri atas juara pertama Rp25 juta, juara kedua Rp20 juta, juara ketiga Rp15 juta'])
  })

  it('reports a count in digits and words between the count and "masing-masing"', () => {
    expect(parts('Bantuan Rp60 juta dialokasikan untuk balai warga Rp40 juta dan 4 kelompok tani yang lolos verifikasi masing-masing Rp20 juta.')).toEqual(['Rp60 juta'])
  })

  it('reports a grant budget with a counted item first', () => {
    expect(parts('Dana hibah Rp40 juta meliputi 3 masjid masing-masing Rp20 juta dan satu gereja Rp20 juta.')).toEqual(['Rp40 juta'])
  })

  it('stays silent when the counted item makes the sum right', () => {
    expect(parts('Total hadiah Rp75 juta terdiri atas juara pertama Rp25 juta, juara kedua Rp20 juta, juara ketiga Rp15 juta, dan tiga juara harapan masing-masing Rp5 juta.')).toEqual([])
    expect(parts('Dana hibah Rp80 juta meliputi 3 masjid masing-masing Rp20 juta dan satu gereja Rp20 juta.')).toEqual([])
  })

  it('stays silent on "masing-masing" with no count before it', () => {
    expect(parts('Total hadiah Rp65 juta terdiri atas juara pertama Rp25 juta, juara kedua Rp20 juta, juara ketiga Rp15 juta, dan juara harapan masing-masing Rp5 juta.')).toEqual([])
  })

  it('stays silent on a colon after a name, the total in the sentence before', () => {
    expect(parts('Kelurahan menerima Rp35 juta.\n\nKetua RW 05 Sorosutan: dana Rp15 juta untuk jalan dan Rp10 juta untuk lampu.')).toEqual([])
  })

  it('stays silent when the count belongs to another clause', () => {
    expect(parts('Total hadiah Rp60 juta terdiri atas juara pertama Rp25 juta, juara kedua Rp20 juta, dan juara ketiga Rp15 juta. Tiga juara harapan masing-masing mendapat piala.')).toEqual([])
  })
})
