import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const money = (body: string) => excerpts('money-consistency', { title: 'Gedung Posyandu Baru', body, publishedAt: '2026-03-02' })

describe('money-consistency: funding from the state budgets names the project cost (round 20)', () => {
  it('compares "dibiayai APBD sebesar" with the cost under another word, a power of ten apart', () => {
    const body = 'Pembangunan gedung posyandu dibiayai APBD 2026 sebesar Rp740 juta.\n\nMenurut lurah, dari pagu Rp7,4 miliar untuk gedung itu masih ada sisa.'
    expect(money(body)).toEqual(['Rp7,4 miliar'])
  })

  it('also for the APBN', () => {
    const body = 'Pembangunan gedung posyandu dibiayai APBN sebesar Rp740 juta.\n\nMenurut lurah, anggaran Rp7,4 miliar untuk gedung itu masih bersisa.'
    expect(money(body)).toEqual(['Rp7,4 miliar'])
  })

  it('leaves an amount per unit alone', () => {
    const body = 'Pembangunan gedung posyandu dibiayai APBD sebesar Rp740 juta.\n\nBiaya perawatan Rp74 juta per tahun ditanggung kelurahan.'
    expect(money(body)).toEqual([])
  })
})
