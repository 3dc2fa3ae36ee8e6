import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const money = onBody('money-consistency', 'Revitalisasi Pasar')
const opening = 'Revitalisasi Pasar Pathuk dimulai pada Senin (7/9/2026).'

describe('round 23: a project\'s funding and its contract value with the same digits a power of ten apart (money-consistency)', () => {
  it('reads a fund written in full against a contract value', () => {
    const body = `${opening} Pekerjaan yang dibiayai dana alokasi khusus senilai Rp 12.400.000.000 itu ditargetkan rampung Desember.\n\nKepala dinas menegaskan nilai kontrak Rp1,24 miliar sudah termasuk penataan kios.`
    expect(money(body)).toEqual(['Rp1,24 miliar'])
  })

  it('reads a contract first and a budget later, a hundredfold', () => {
    const body = `${opening} Kontrak senilai Rp3,75 miliar diteken pekan lalu.\n\nPagu Rp37,5 juta untuk pekerjaan itu bersumber dari APBD.`
    expect(money(body)).toEqual(['Rp37,5 juta'])
  })

  it('reads "nilai kontrak" against "biaya" in one paragraph', () => {
    const body = `${opening} Biaya pembangunan jembatan Rp865 juta. Nilai kontrak pekerjaan Rp8,65 miliar dikerjakan rekanan lokal.`
    expect(money(body)).toEqual(['Rp8,65 miliar'])
  })

  it('reads "kontrak" against "anggaran"', () => {
    const body = `${opening} Anggaran untuk gedung itu Rp2,46 miliar.\n\nKontrak pekerjaan senilai Rp246 juta dimenangi CV Maju.`
    expect(money(body)).toEqual(['Rp246 juta'])
  })

  it('stays silent when the contract is below the budget', () => {
    const body = `${opening} Pekerjaan dibiayai dana alokasi khusus Rp12,4 miliar.\n\nNilai kontrak Rp11,86 miliar sudah termasuk penataan kios.`
    expect(money(body)).toEqual([])
  })

  it('stays silent on two significant digits', () => {
    const body = `${opening} Pekerjaan dibiayai dana Rp1,2 miliar.\n\nNilai kontrak pengawasan Rp120 juta.`
    expect(money(body)).toEqual([])
  })

  it('stays silent on a contract per unit', () => {
    const body = `${opening} Pekerjaan dibiayai dana Rp1,24 miliar.\n\nNilai kontrak Rp12,4 juta per kios dibayar bertahap.`
    expect(money(body)).toEqual([])
  })

  it('stays silent on a fine and a contract', () => {
    const body = `${opening} Nilai kontrak Rp1,24 miliar.\n\nRekanan dikenai denda Rp124 juta karena terlambat.`
    expect(money(body)).toEqual([])
  })
})
