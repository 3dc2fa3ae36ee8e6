import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const money = onBody('money-consistency')

describe('round 18: the price paid restated with its digits swapped (money-consistency)', () => {
  it('reports the payment against the price set before it', () => {
    const body =
      'Koperasi kampung membuka penjualan gas melon seharga Rp19.000 per tabung di balai warga.\n\nSeorang pembeli mengaku terbantu. "Saya cukup membayar Rp91.000 untuk satu tabung, lebih murah dari warung," katanya.'
    expect(money(body)).toEqual(['Rp91.000'])
  })

  it('reads "dijual" and a payment by "menebus"', () => {
    const body = 'Bibit cabai dijual Rp3.500 per polybag.\n\nWarga menebus Rp5.300 untuk satu polybag bibit.'
    expect(money(body)).toEqual(['Rp5.300'])
  })

  it('leaves a payment equal to the price, a difference, and two prices with those digits', () => {
    const same = 'Paket sembako dijual seharga Rp75.000.\n\nDengan membayar Rp75.000, warga mendapat beras dan minyak.'
    expect(money(same)).toEqual([])
    const difference = 'Paket sembako dijual seharga Rp91.000 di pasar.\n\nSelisihnya Rp19.000 ditanggung pemerintah kota.'
    expect(money(difference)).toEqual([])
    const two = 'Paket A dijual seharga Rp57.000 dan paket B dijual seharga Rp75.000.\n\nWarga yang membayar Rp57.000 mendapat beras lima kilogram.'
    expect(money(two)).toEqual([])
  })
})
