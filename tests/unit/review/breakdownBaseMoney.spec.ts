import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const money = onBody('money-consistency')

describe('round 18: a breakdown\'s base restating the whole (money-consistency)', () => {
  it('reports "Dari total … itu" that gives the one whole before another figure', () => {
    const body =
      'Renovasi pasar burung dimulai Senin (5/10/2026) dengan total biaya Rp3,4 miliar.\n\nBiaya itu terbagi atas Rp2,1 miliar untuk los pedagang dan Rp1,3 miliar untuk saluran air.\n\nDari total Rp4,3 miliar itu, sebagian dipakai untuk papan nama baru.'
    expect(money(body)).toEqual(['Rp4,3 miliar'])
  })

  it('reads "seluruh dana … tersebut" as the same reference', () => {
    const body =
      'Perbaikan talud sungai menelan seluruh dana sebesar Rp960 juta.\n\nPekerjaan dibagi dalam tiga ruas.\n\nSeluruh dana Rp690 juta tersebut berasal dari APBD perubahan.'
    expect(money(body)).toEqual(['Rp690 juta'])
  })

  it('leaves a base equal to the whole, a whole of another scope, and two wholes before', () => {
    const same =
      'Renovasi pasar burung dimulai dengan total biaya Rp3,4 miliar.\n\nDari total Rp3,4 miliar itu, sebagian dipakai untuk papan nama baru.'
    expect(money(same)).toEqual([])
    const added =
      'Renovasi pasar burung dimulai dengan total biaya Rp3,4 miliar.\n\nDewan menyetujui tambahan dana.\n\nDari total tambahan Rp1,2 miliar itu, sebagian untuk atap.'
    expect(money(added)).toEqual([])
    const two =
      'Tahun lalu pasar burung menerima total dana Rp2,9 miliar. Tahun ini total anggarannya Rp3,4 miliar.\n\nDari total Rp4,1 miliar itu, sebagian untuk atap.'
    expect(money(two)).toEqual([])
  })

  it('leaves a total named without a reference back', () => {
    const body =
      'Renovasi pasar burung dimulai dengan total biaya Rp3,4 miliar.\n\nSecara nasional, program revitalisasi pasar mencapai total Rp4,3 miliar untuk provinsi ini.'
    expect(money(body)).toEqual([])
  })
})
