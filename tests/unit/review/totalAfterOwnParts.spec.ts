import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const parts = onBody('parts-total', 'Vaksinasi Berlanjut')
const opening = 'Dinas menggelar vaksinasi gratis di 14 kemantren, Senin (3/8/2026).'

describe('round 22: a total after its parts in its own sentence, a unit word in the sentence before (parts-total)', () => {
  it('reads the list of the total\'s sentence and spans the slipped parts to the total', () => {
    const body = `${opening}\n\nSetiap hewan akan mendapat kartu vaksin. Vaksin berasal dari bantuan provinsi sebanyak 2.000 dosis dan pengadaan kota sebanyak 300 dosis, sehingga total vaksin yang tersedia 2.500 dosis.`
    expect(parts(body)).toEqual(['2.000 dosis dan pengadaan kota sebanyak 300 dosis, sehingga total vaksin yang tersedia 2.500 dosis'])
  })

  it('reads amounts after "tiap" in the sentence before', () => {
    const body = `${opening}\n\nTiap kelurahan menerima satu paket. Dana berasal dari APBD Rp450 juta dan APBN Rp300 juta, sehingga totalnya Rp850 juta.`
    expect(parts(body)).toEqual(['Rp450 juta dan APBN Rp300 juta, sehingga totalnya Rp850 juta'])
  })

  it('keeps the finding at the total when no part is a digit slip', () => {
    const body = `${opening}\n\nMasing-masing posko dijaga dua petugas. Posko melayani 120 warga pada pagi hari dan 75 warga pada sore hari, sehingga jumlahnya 230 warga.`
    expect(parts(body)).toEqual(['230 warga'])
  })

  it('reads three parts after "per" in the sentence before', () => {
    const body = `${opening}\n\nPetugas bekerja dua jam per sesi. Peserta terdiri dari kelompok pagi 45 orang, siang 38 orang, dan sore 27 orang, sehingga total peserta 120 orang.`
    expect(parts(body)).toEqual(['45 orang, siang 38 orang, dan sore 27 orang, sehingga total peserta 120 orang'])
  })

  it('stays silent when the parts add up', () => {
    const body = `${opening}\n\nSetiap hewan akan mendapat kartu vaksin. Vaksin berasal dari bantuan provinsi sebanyak 2.000 dosis dan pengadaan kota sebanyak 500 dosis, sehingga total vaksin yang tersedia 2.500 dosis.`
    expect(parts(body)).toEqual([])
  })

  it('stays silent on amounts per unit in the total\'s own sentence', () => {
    const body = `${opening}\n\nSetiap hewan akan mendapat kartu. Juara pertama dan kedua masing-masing menerima Rp5 juta dan Rp3 juta, sehingga total hadiah Rp20 juta.`
    expect(parts(body)).toEqual([])
  })

  it('stays silent on some of the parts', () => {
    const body = `${opening}\n\nSetiap hewan akan mendapat kartu. Vaksin antara lain berasal dari bantuan provinsi 2.000 dosis dan pengadaan kota 300 dosis, sehingga total vaksin 2.500 dosis.`
    expect(parts(body)).toEqual([])
  })

  it('stays silent on a total compared with a target', () => {
    const body = `${opening}\n\nSetiap hewan akan mendapat kartu. Petugas memvaksin 1.200 ekor kucing dan 800 ekor anjing, sehingga totalnya melampaui target 2.500 ekor.`
    expect(parts(body)).toEqual([])
  })
})
