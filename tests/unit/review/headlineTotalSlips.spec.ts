import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const money = (title: string, body: string, lead?: string) => excerpts('money-consistency', { title, body, ...(lead ? { lead } : {}), publishedAt: '2026-04-09' })
const amounts = 'Insentif diberikan kepada ketua RT dan RW. Besaran insentif Rp400.000 per bulan untuk ketua RT dan Rp450.000 per bulan untuk ketua RW.'

describe('round 22: a headline total against the body\'s one total, mistyped (money-consistency)', () => {
  it('reports a headline total with a digit dropped', () => {
    const body = `${amounts}\n\nDengan demikian, total insentif untuk triwulan pertama mencapai Rp3,86 miliar. Dalam setahun, anggaran dialokasikan sekitar Rp15,4 miliar.`
    expect(money('Insentif RT dan RW Cair, Total Rp3,6 Miliar', body)).toEqual(['Rp3,6 Miliar'])
  })

  it('reports a lead total with two digits swapped', () => {
    const body = `${amounts}\n\nSecara keseluruhan dana yang dicairkan Rp2,45 miliar.`
    expect(money('Insentif RT Cair', body, 'Pemkot mencairkan insentif ketua RT dan RW dengan total Rp2,54 miliar.')).toEqual(['Rp2,54 miliar'])
  })

  it('reports a headline total with one digit changed against a total closing a list', () => {
    const body = 'Hadiah juara pertama Rp10 juta, juara kedua Rp7,5 juta, dan juara ketiga Rp5 juta untuk tiap kategori. Total hadiah seluruh kategori Rp67,5 juta.'
    expect(money('Lomba Kampung Bersih Berhadiah Total Rp62,5 Juta', body)).toEqual(['Rp62,5 Juta'])
  })

  it('reports a headline total against "keseluruhan" in the body', () => {
    const framed = 'Bantuan untuk 40 kelompok tani masing-masing Rp25 juta, ditambah biaya pendampingan Rp120 juta. Keseluruhan bantuan mencapai Rp1,02 miliar.'
    expect(money('Kelompok Tani Terima Bantuan Total Rp1,2 Miliar', framed)).toEqual(['Rp1,2 Miliar'])
  })

  it('stays silent when the body gives the headline\'s total', () => {
    const body = `${amounts}\n\nTotal insentif triwulan pertama mencapai Rp3,6 miliar.`
    expect(money('Insentif RT dan RW Cair, Total Rp3,6 Miliar', body)).toEqual([])
  })

  it('stays silent when the body frames two different amounts as totals', () => {
    const body = `${amounts}\n\nTotal insentif triwulan pertama mencapai Rp3,86 miliar, sedangkan total setahun Rp15,4 miliar.`
    expect(money('Insentif RT dan RW Cair, Total Rp3,6 Miliar', body)).toEqual([])
  })

  it('stays silent on a headline amount not framed as the total', () => {
    const body = `${amounts}\n\nTotal insentif triwulan pertama mencapai Rp3,86 miliar.`
    expect(money('Insentif Rp3,6 Miliar untuk RT dan RW', body)).toEqual([])
  })

  it('stays silent on totals too far apart to be one figure mistyped', () => {
    const body = `${amounts}\n\nTotal insentif triwulan pertama mencapai Rp4,2 miliar.`
    expect(money('Insentif RT dan RW Cair, Total Rp3,6 Miliar', body)).toEqual([])
  })
})
