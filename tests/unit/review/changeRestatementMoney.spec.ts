import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const money = onBody('money-consistency')

describe('round 18: one change written twice with its start mistyped (money-consistency)', () => {
  it('reports the later start when both changes end at the same amount', () => {
    const body =
      'Harga bawang putih di pasar kota mencapai Rp48.000 per kilogram, naik dari Rp34.000 pada pekan lalu.\n\nPedagang menyebut pasokan dari Jawa Timur berkurang.\n\nMenurut dinas, kenaikan dari Rp43.000 menjadi Rp48.000 per kilogram itu masih wajar.'
    expect(money(body)).toEqual(['Rp43.000'])
  })

  it('reads a change written with "ke" and a digit added', () => {
    const body =
      'Tarif parkir bus wisata turun dari Rp25.000 ke Rp20.000 sekali parkir.\n\nPengelola mengatakan penurunan dari Rp250.000 ke Rp20.000 berlaku mulai bulan depan.'
    expect(money(body)).toEqual([])
    const added =
      'Tarif parkir bus wisata turun dari Rp25.000 ke Rp20.000 sekali parkir.\n\nPengelola mengatakan penurunan dari Rp26.000 ke Rp20.000 berlaku mulai bulan depan.'
    expect(money(added)).toEqual(['Rp26.000'])
  })

  it('leaves two changes to different amounts and two equal starts', () => {
    const two =
      'Harga cabai naik dari Rp40.000 menjadi Rp52.000 per kilogram.\n\nHarga bawang merah naik dari Rp41.000 menjadi Rp45.000 per kilogram.'
    expect(money(two)).toEqual([])
    const same =
      'Harga cabai naik dari Rp40.000 menjadi Rp52.000 per kilogram.\n\nKenaikan dari Rp40.000 menjadi Rp52.000 itu dipicu hujan.'
    expect(money(same)).toEqual([])
  })

  it('leaves starts far apart that end at the same amount', () => {
    const body =
      'Harga telur mencapai Rp30.000 per kilogram, naik dari Rp26.000 sepekan lalu.\n\nSetahun lalu harga telur naik dari Rp16.000 menjadi Rp30.000 dalam tiga bulan.'
    expect(money(body)).toEqual([])
  })
})
