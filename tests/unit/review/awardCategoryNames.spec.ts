import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const loaded = (body: string, title = 'Berita Kota') => warnings('loaded-language', { title, body, publishedAt: '2026-11-25' })

describe('loaded-language: a praise word naming an award right after the award word is its category (round 23)', () => {
  it('stays silent on the award category in a headline, a lead or a caption', () => {
    expect(loaded('Theodora menerima penghargaan itu di Balai Kota.', 'Wawancara: Guru SD Raih Penghargaan Guru Inspiratif Terbaik')).toEqual([])
    expect(loaded('Kampung Gambiran meraih predikat kampung inspiratif tingkat provinsi tahun ini.')).toEqual([])
    expect(loaded('Foto: Lurah menyerahkan anugerah pemuda inspiratif kepada tiga karang taruna.')).toEqual([])
    expect(loaded('Sembilan kader posyandu masuk nominasi kader inspiratif 2026.')).toEqual([])
  })

  it('still reports the writer calling someone inspiring near an award', () => {
    expect(loaded('Penghargaan itu diberikan kepada sosok inspiratif yang membina anak jalanan.')).toEqual(['inspiratif'])
    expect(loaded('Penghargaan ini sangat inspiratif bagi guru lain.')).toEqual(['inspiratif'])
    expect(loaded('Guru yang inspiratif itu mengajar di pinggir kali.')).toEqual(['inspiratif'])
    expect(loaded('Ia menerima penghargaan dari wali kota. Kisahnya sungguh inspiratif.')).toEqual(['inspiratif'])
  })
})
