import { describe, expect, it } from 'vitest'

import { check } from './helpers'

// Round 13: generalisation classes. Sentences written for the test, none taken from the corpus.
const found = (body: string) => check('generalisation', body).filter((f) => f.severity === 'warning').map((f) => f.excerpt)

describe('generalisation: round 13', () => {
  it('reports an attitude in the passive with a whole group as its agent', () => {
    expect(found('Program pengobatan gratis itu disambut gembira oleh seluruh warga Pakuncen.')).toEqual(['disambut gembira oleh seluruh warga'])
    expect(found('Pembukaan pasar baru ini disambut baik semua pedagang.')).toEqual(['disambut baik semua pedagang'])
    expect(found('Kebijakan parkir baru didukung penuh oleh seluruh pedagang kaki lima.')).toEqual(['didukung penuh oleh seluruh pedagang'])
  })

  it('leaves a literal welcome, a cooperation and a wish', () => {
    expect(found('Rombongan tamu disambut oleh seluruh warga di gapura kampung.')).toEqual([])
    expect(found('Kegiatan ini didukung oleh seluruh pihak terkait.')).toEqual([])
    expect(found('Panitia berharap program ini disambut baik seluruh warga.')).toEqual([])
    expect(found('Kebijakan itu diharapkan didukung penuh semua pedagang.')).toEqual([])
  })

  it('reports a whole group\'s objection denied without "satu pun"', () => {
    expect(found('Tidak ada warga yang mengeluhkan pemadaman tersebut.')).toEqual(['Tidak ada warga yang mengeluhkan'])
    expect(found('Tak ada pedagang pasar yang keberatan dengan jadwal baru.')).toEqual(['Tak ada pedagang pasar yang keberatan'])
    expect(found('Tidak ada warga yang menjadi korban dalam kejadian itu.')).toEqual([])
  })

  it('reports a habit claimed of a whole group, not of those in a restrictive clause', () => {
    expect(found('Semua warga Cokrodiningratan kini sudah memilah sampah dari dapur.')).toEqual(['Semua warga Cokrodiningratan kini sudah memilah'])
    expect(found('Seluruh pedagang pasar kini telah terbiasa membawa kantong sendiri.')).toEqual(['Seluruh pedagang pasar kini telah terbiasa'])
    expect(found('Seluruh warga yang kini sudah memilah sampah mendapat poin tabungan.')).toEqual([])
    expect(found('Semua warga diimbau mulai memilah sampah dari rumah.')).toEqual([])
  })
})
