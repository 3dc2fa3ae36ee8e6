import { describe, expect, it } from 'vitest'

import { excerpts, onBody } from './helpers'

const money = onBody('money-consistency', 'Dana Pembinaan Disalurkan')
const opening = 'Pemerintah kota menyerahkan dana pembinaan di balai kota, Senin (3/8/2026).'

describe('round 23: a total a power of ten off the count its own sentence gives times the amount per unit (money-consistency)', () => {
  it('reads a count in words in the total\'s sentence, paragraphs after the amount per unit', () => {
    const body = `${opening} Penilaian diikuti 38 kampung.\n\nSetiap kampung yang lolos mendapat dana pembinaan Rp7,5 juta untuk kegiatan anak.\n\n"Anak butuh ruang bermain," kata ketua forum.\n\nSecara keseluruhan, pemerintah kota mengalokasikan Rp750 juta untuk dana pembinaan sepuluh kampung tersebut.`
    expect(money(body)).toEqual(['Rp750 juta'])
  })

  it('reads a total before the amount per unit, a count in digits', () => {
    const body = `${opening} Anggaran Rp48 juta disiapkan untuk 12 posyandu di tiga kelurahan.\n\nMasing-masing posyandu menerima Rp400.000 untuk makanan tambahan.`
    expect(money(body)).toEqual(['Rp48 juta'])
  })

  it('reads a total a tenth of the product, the unit after "per"', () => {
    const body = `${opening} Bantuan diberikan Rp250.000 per keluarga.\n\nTotal bantuan Rp12,5 juta diserahkan kepada 500 keluarga penerima.`
    expect(money(body)).toEqual(['Rp12,5 juta'])
  })

  it('reads a total in the lead against a body amount per unit', () => {
    const found = excerpts('money-consistency', {
      title: 'Rumah Warga Diperbaiki',
      lead: 'Pemerintah kota menyiapkan Rp3,6 miliar untuk memperbaiki 120 rumah warga.',
      body: 'Setiap rumah mendapat bantuan Rp3 juta dalam bentuk bahan bangunan.',
      publishedAt: '2026-10-12',
    })
    expect(found).toEqual(['Rp3,6 miliar'])
  })

  it('stays silent when the total is the product', () => {
    const body = `${opening}\n\nSetiap kampung mendapat dana pembinaan Rp7,5 juta.\n\nPemerintah kota mengalokasikan Rp75 juta untuk dana pembinaan sepuluh kampung tersebut.`
    expect(money(body)).toEqual([])
  })

  it('stays silent when the total\'s sentence counts another noun', () => {
    const body = `${opening}\n\nSetiap kampung mendapat dana pembinaan Rp7,5 juta.\n\nPemerintah kota mengalokasikan Rp750 juta untuk 10 kelurahan.`
    expect(money(body)).toEqual([])
  })

  it('stays silent when the total also counts periods', () => {
    const body = `${opening}\n\nSetiap kampung mendapat dana pembinaan Rp7,5 juta per tahun.\n\nPemerintah kota mengalokasikan Rp750 juta untuk sepuluh kampung selama sepuluh tahun.`
    expect(money(body)).toEqual([])
  })

  it('stays silent when the total names other uses', () => {
    const body = `${opening}\n\nSetiap kampung mendapat dana pembinaan Rp7,5 juta.\n\nPemerintah kota mengalokasikan Rp750 juta untuk sepuluh kampung, termasuk pelatihan pengurus.`
    expect(money(body)).toEqual([])
  })

  it('stays silent on a range per unit', () => {
    const body = `${opening}\n\nSetiap kampung mendapat Rp5 juta hingga Rp7,5 juta.\n\nPemerintah kota mengalokasikan Rp750 juta untuk sepuluh kampung.`
    expect(money(body)).toEqual([])
  })
})
