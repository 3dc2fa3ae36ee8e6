import { describe, expect, it } from 'vitest'

import { excerpts, onBody } from './helpers'

// Round 10: budget stories — breakdowns handed out by verbs or a colon, totals after their parts,
// amounts slipping between paragraphs. None of the examples is taken from the corpus.

const parts = onBody('parts-total')
const money = onBody('money-consistency')

describe('round 10: parts-total in budget stories', () => {
  it('reads a breakdown after a colon or a verb that hands the total out', () => {
    expect(parts('Dinas menyiapkan Rp3,2 miliar untuk tiga pekerjaan: talud Rp1,5 miliar, gorong-gorong Rp1 miliar, dan trotoar Rp500 juta.')).toEqual(['Rp3,2 miliar untuk tiga pekerjaan: talud Rp1,5 miliar, gorong-gorong Rp1 miliar, dan trotoar Rp500 juta'])
    expect(parts('Dana Rp6 miliar bersumber dari APBD Rp4 miliar dan dana keistimewaan Rp1,5 miliar.')).toEqual(['Rp6 miliar'])
    expect(parts('Hibah Rp900 juta dialokasikan untuk posyandu Rp400 juta dan PAUD Rp450 juta.')).toEqual(['Rp900 juta dialokasikan untuk posyandu Rp400 juta dan PAUD Rp450 juta'])
  })

  it('compares a total given after its parts', () => {
    const body = 'Kelurahan menerima Rp300 juta untuk drainase, Rp250 juta untuk jalan lingkungan, dan Rp150 juta untuk lampu. Total dana kelurahan tahun ini Rp750 juta.'
    expect(parts(body)).toEqual(['Rp750 juta'])
    expect(parts('Sebanyak 40 pelajar SD, 35 pelajar SMP, dan 30 pelajar SMA ikut, sehingga jumlahnya 115 pelajar.')).toEqual(['40 pelajar SD, 35 pelajar SMP, dan 30 pelajar SMA ikut, sehingga jumlahnya 115 pelajar'])
  })

  it('leaves parts that add up, unit amounts, and a colon after a name', () => {
    expect(parts('Kelurahan menerima Rp300 juta untuk drainase dan Rp450 juta untuk jalan. Total dana kelurahan Rp750 juta.')).toEqual([])
    expect(parts('Setiap penerima mendapat Rp300 ribu dan Rp200 ribu. Totalnya Rp2 juta untuk empat keluarga.')).toEqual([])
    expect(parts('Klasemen akhir grup, SMP Negeri 5 Yogyakarta: 3 main, 3 menang, 9 poin.')).toEqual([])
  })
})

describe('round 10: money slipping between paragraphs', () => {
  it('reports a reference back to the one amount given before for the thing', () => {
    expect(money('Setiap keluarga menerima bantuan Rp600 ribu.\n\nPenyaluran bantuan Rp500 ribu tersebut dilakukan lewat bank.')).toEqual(['Rp500 ribu'])
  })

  it('reports one significant digit changed for the same thing in another paragraph', () => {
    expect(money('Pembangunan pasar menelan anggaran Rp1,25 miliar.\n\nAnggaran Rp1,35 miliar berasal dari APBD.')).toEqual(['Rp1,35 miliar'])
    expect(money('Pembangunan pasar menelan anggaran Rp2 miliar.\n\nDengan total anggaran Rp3 miliar, pasar ditargetkan selesai Desember.')).toEqual(['Rp3 miliar'])
  })

  it('leaves two short amounts of one thing and amounts in one paragraph', () => {
    expect(money('Pembangunan pasar menelan anggaran Rp2 miliar.\n\nTahun depan disiapkan anggaran Rp3 miliar untuk pasar lain.')).toEqual([])
    expect(money('Anggaran Rp1,25 miliar untuk jalan dan anggaran Rp1,35 miliar untuk drainase.')).toEqual([])
  })
})

describe('round 10 (phase 2): one project cost under two names', () => {
  it('compares biaya and anggaran a power of ten apart when neither is qualified differently', () => {
    expect(money('Rehabilitasi gedung menelan biaya Rp4,6 miliar.\n\nAnggaran Rp46 miliar untuk rehabilitasi itu berasal dari APBD.')).toEqual(['Rp46 miliar'])
  })

  it('leaves two costs qualified differently and unit amounts', () => {
    expect(money('Anggaran pembangunan Rp4,6 miliar.\n\nDana pemeliharaan Rp460 juta per tahun.')).toEqual([])
    expect(money('Biaya pembangunan Rp4,6 miliar.\n\nAnggaran perawatan Rp46 juta disiapkan terpisah.')).toEqual([])
  })
})

describe('round 10 (phase 2): a breakdown in percent, labels first', () => {
  const shares = onBody('percentage-sum')
  it('starts the excerpt at the first label when each label comes before its share', () => {
    expect(shares('Sampah yang disetor terdiri atas organik 52 persen, plastik 31 persen, dan kertas 24 persen.')).toEqual([
      'organik 52 persen, plastik 31 persen, dan kertas 24 persen',
    ])
  })

  it('keeps the first share as the start when labels follow the shares', () => {
    expect(shares('Sampah yang disetor 52 persen organik, 31 persen plastik, dan 24 persen kertas.')).toEqual(['52 persen organik, 31 persen plastik, dan 24 persen kertas'])
  })
})

describe('round 10: a headline amount over the opening paragraph', () => {
  const headline = (title: string, body: string) => excerpts('money-consistency', { title, body, publishedAt: '2026-10-12' })
  it('reports a headline amount the one opening amount gives differently', () => {
    expect(headline('Pemkot Kucurkan Rp1,5 Miliar untuk Talud', 'Pemkot mengucurkan dana Rp1,8 miliar untuk perbaikan talud, Senin (12/10/2026).')).toEqual(['Rp1,5 Miliar'])
  })

  it('leaves a headline amount the body gives elsewhere, and an opening amount per unit', () => {
    expect(headline('Pemkot Kucurkan Rp1,5 Miliar untuk Talud', 'Perbaikan talud tahap satu Rp1 miliar, Senin (12/10/2026).\n\nTotal dana talud Rp1,5 miliar.')).toEqual([])
    expect(headline('Pemkot Kucurkan Rp1,5 Miliar untuk Bedah Rumah', 'Setiap rumah menerima Rp15 juta, Senin (12/10/2026).')).toEqual([])
  })

  it('reads a breakdown after "digunakan untuk"', () => {
    expect(parts('Dana Rp2 miliar digunakan untuk taman Rp1 miliar dan trotoar Rp700 juta.')).toEqual(['Rp2 miliar'])
  })
})
