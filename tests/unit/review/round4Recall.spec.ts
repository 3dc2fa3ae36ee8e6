import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'


describe('round 4 recall classes (phrasings not from the corpus)', () => {
  it('writer-credit: "buah dari", "tidak dapat dipisahkan dari" and a "Kepala" title', () => {
    expect(excerpts('writer-credit', 'Capaian itu buah dari visi Bupati yang jauh ke depan.')).toEqual(['buah dari visi Bupati'])
    expect(excerpts('writer-credit', 'Keberhasilan ini tidak dapat dipisahkan dari peran Camat.')).toEqual(['tidak dapat dipisahkan dari peran Camat'])
    expect(excerpts('writer-credit', 'Jalan baru itu buah dari kerja sama warga.')).toEqual([])
  })

  it('unsourced-superlative: ter- + a named region, and "belum pernah … sebelumnya"', () => {
    expect(excerpts('unsourced-superlative', 'Pasar ini terluas di Kabupaten Sleman.')).toEqual(['terluas di Kabupaten Sleman'])
    expect(excerpts('unsourced-superlative', 'Jembatan gantung pertama di Pulau Sumatra itu diresmikan.')).toEqual(['pertama di Pulau Sumatra'])
    expect(excerpts('unsourced-superlative', 'Antrean sepanjang itu belum pernah terlihat sebelumnya.')).toEqual(['belum pernah terlihat sebelumnya'])
    expect(excerpts('unsourced-superlative', 'Menurut data BPS, pasar ini terluas di Kabupaten Sleman.')).toEqual([])
  })

  it('generalisation: a bare group subject with a state of confidence or calm', () => {
    expect(excerpts('generalisation', 'Pedagang kini semakin yakin berjualan di sana.')).toEqual(['Pedagang kini semakin yakin'])
    expect(excerpts('generalisation', 'Pedagang yang yakin boleh mendaftar.')).toEqual([])
  })
})
