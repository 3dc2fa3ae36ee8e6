import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const parts = onBody('parts-total', 'Turnamen Catur Antarkampung')

describe('round 22: the rest of a sum opening the sentence after its list (parts-total)', () => {
  it('stays silent when the rest closes the list', () => {
    expect(parts('Panitia menyediakan total hadiah Rp8 juta. Juara pertama menerima Rp3 juta, juara kedua Rp2 juta, dan juara ketiga Rp1,5 juta. Sisanya, Rp1,5 juta, dibagikan kepada tiga juara kelompok umur.')).toEqual([])
  })

  it('stays silent on "Selebihnya" and amounts in full', () => {
    expect(parts('Dana desa wisata Rp120.000.000 disalurkan bulan ini. Pokdarwis menerima Rp50.000.000, karang taruna Rp30.000.000, dan PKK Rp20.000.000. Selebihnya Rp20.000.000 untuk kas kampung.')).toEqual([])
  })

  it('stays silent on a rest in the next paragraph', () => {
    expect(parts('Bantuan Rp450 juta disalurkan untuk kelompok usaha. Kelompok tani menerima Rp200 juta, kelompok nelayan Rp100 juta, dan kelompok perajin Rp80 juta.\n\nSisanya sebesar Rp70 juta disimpan sebagai dana cadangan.')).toEqual([])
  })

  it('stays silent on a rest given to a counted group', () => {
    expect(parts('Hibah Rp10 juta diserahkan kepada sanggar. Sanggar tari menerima Rp4 juta, sanggar karawitan Rp2 juta, dan sanggar teater Rp2 juta. Sisanya, Rp2 juta, dibagi rata untuk empat sanggar kecil, masing-masing Rp500.000.')).toEqual([])
  })

  it('reports a list whose rest still leaves it short', () => {
    expect(parts('Panitia menyediakan total hadiah Rp9 juta. Juara pertama menerima Rp3 juta, juara kedua Rp2 juta, dan juara ketiga Rp1,5 juta. Sisanya, Rp1,5 juta, dibagikan kepada juara kelompok umur.')).toEqual(['Rp9 juta'])
  })

  it('reports a list whose rest takes it over the total', () => {
    expect(parts('Bantuan Rp450 juta disalurkan untuk kelompok usaha. Kelompok tani menerima Rp200 juta, kelompok nelayan Rp150 juta, dan kelompok perajin Rp80 juta. Sisanya sebesar Rp70 juta disimpan sebagai dana cadangan.')).toEqual(['Rp450 juta'])
  })

  it('still reports a list with no rest after it', () => {
    expect(parts('Panitia menyediakan total hadiah Rp8 juta. Juara pertama menerima Rp3 juta, juara kedua Rp2 juta, dan juara ketiga Rp1,5 juta. Panitia juga menyiapkan piala.')).toEqual(['Rp8 juta'])
  })

  it('still reports when the sentence after opens with something else', () => {
    expect(parts('Panitia menyediakan total hadiah Rp8 juta. Juara pertama menerima Rp3 juta, juara kedua Rp2 juta, dan juara ketiga Rp1,5 juta. Biaya konsumsi Rp1,5 juta ditanggung sponsor.')).toEqual(['Rp8 juta'])
  })
})
