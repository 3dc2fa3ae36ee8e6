import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const money = onBody('money-consistency', 'Santunan Anak Yatim Diserahkan')

describe('round 22: the total of a unit amount\'s own thing with the product\'s digits reordered (money-consistency)', () => {
  it('reports a total of the thing given per person in a clause before', () => {
    expect(money('Wali Kota menyerahkan santunan kepada 150 anak yatim. Setiap anak menerima uang santunan Rp500.000 dan perlengkapan sekolah. Total santunan yang diserahkan mencapai Rp57 juta.')).toEqual(['Rp57 juta'])
  })

  it('reports "seluruh" before the total of a grant per group', () => {
    expect(money('Dinas menyalurkan hibah kepada 60 kelompok tani. Tiap kelompok memperoleh dana hibah Rp3 juta.\n\nSeluruh hibah yang tersalur bernilai Rp810 juta.')).toEqual(['Rp810 juta'])
  })

  it('reports an incentive total for each cadre', () => {
    expect(money('Insentif diberikan kepada 240 kader posyandu. Masing-masing kader menerima insentif bulanan Rp150.000. Jumlah insentif yang dibayarkan Rp63 juta.')).toEqual(['Rp63 juta'])
  })

  it('reports a scholarship total in a later paragraph', () => {
    expect(money('Beasiswa diberikan kepada 120 mahasiswa. Setiap mahasiswa mendapat beasiswa Rp4 juta.\n\nTotal beasiswa yang dicairkan Rp840 juta.')).toEqual(['Rp840 juta'])
  })

  it('stays silent when the total is the product', () => {
    expect(money('Wali Kota menyerahkan santunan kepada 150 anak yatim. Setiap anak menerima uang santunan Rp500.000. Total santunan yang diserahkan mencapai Rp75 juta.')).toEqual([])
  })

  it('stays silent on a total of another thing', () => {
    expect(money('Wali Kota menyerahkan santunan kepada 150 anak yatim. Setiap anak menerima uang santunan Rp500.000. Total zakat yang dihimpun mencapai Rp57 juta.')).toEqual([])
  })

  it('stays silent on a total far from the product, its digits not the product\'s', () => {
    expect(money('Wali Kota menyerahkan santunan kepada 150 anak yatim. Setiap anak menerima uang santunan Rp500.000. Total santunan yang diserahkan mencapai Rp120 juta.')).toEqual([])
  })

  it('stays silent on an amount for each unit not counted in the article', () => {
    expect(money('Setiap anak menerima uang santunan Rp500.000 dan perlengkapan sekolah. Total santunan yang diserahkan mencapai Rp57 juta.')).toEqual([])
  })
})
