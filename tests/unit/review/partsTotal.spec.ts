import { describe, expect, it } from 'vitest'

import { check } from './helpers'

describe('parts-total', () => {
  it('reports a count whose parts do not add up', () => {
    const findings = check('parts-total', 'Sebanyak 150 peserta yang terdiri atas 70 pelajar SMP, 50 pelajar SMA, dan 20 guru pembina mengikuti pelatihan.')
    expect(findings.map((f) => f.excerpt)).toEqual(['150 peserta'])
    expect(findings[0].message).toContain('140')
  })

  it('reads the total from the sentence before and compares money by value', () => {
    const findings = check('parts-total', 'Pemkot menyiapkan Rp4,5 miliar. Anggaran itu dibagi untuk tiga kegiatan, yakni Rp2 miliar untuk makanan, Rp1,5 miliar untuk pelatihan, dan Rp500 juta untuk pendataan.')
    expect(findings.map((f) => f.excerpt)).toEqual(['Rp4,5 miliar'])
  })

  it('accepts parts that add up and ignores dates, times and units', () => {
    expect(check('parts-total', 'BPBD mencatat 120 jiwa mengungsi. Pengungsi terdiri atas 45 anak, 60 orang dewasa, dan 15 warga lanjut usia.')).toEqual([])
    expect(check('parts-total', 'Manasik bagi 96 calon jemaah, Sabtu (24/1/2026). Calon jemaah terdiri atas 50 perempuan dan 46 laki-laki.')).toEqual([])
    expect(check('parts-total', 'Paket berisi 5 kilogram beras, yakni 2 kilogram beras merah dan 3 kilogram beras putih.')).toEqual([])
  })
})
