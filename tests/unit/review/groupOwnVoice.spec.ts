import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const general = (body: string, title = 'Berita') => warnings('generalisation', { title, body, publishedAt: '2026-03-10' })

describe('generalisation: the whole group "hopes" or "admits" for itself (round 21)', () => {
  it('reports a whole group opening a sentence whose only speech word is its own', () => {
    expect(general('Seluruh nelayan di pesisir mendukung program asuransi itu dan berharap preminya tetap gratis.')).toEqual([
      'Seluruh nelayan di pesisir mendukung',
    ])
    expect(general('Bus baru mulai beroperasi pekan ini. Kini semua pelajar mengaku senang dengan jadwal barunya.')).toEqual(['semua pelajar mengaku senang'])
    expect(general('Apa tanggapan pedagang?\n\nSemua pedagang setuju dan berharap renovasi cepat selesai.')).toEqual(['Semua pedagang setuju'])
    expect(general('Foto: Seluruh penumpang puas, lalu meminta jam operasional diperpanjang.')).toEqual(['Seluruh penumpang puas'])
  })

  it('stays silent when someone named says it, or the group does not open the sentence', () => {
    expect(general('Semua pedagang mendukung rencana itu, kata Ketua Paguyuban Pasar, Sutrisno.')).toEqual([])
    expect(general('Menurut Lurah Baciro, seluruh warga puas dan berharap program itu berlanjut.')).toEqual([])
    expect(general('Ketua RW menjelaskan seluruh warga setuju dan berharap kerja bakti rutin digelar.')).toEqual([])
    expect(general('"Semua pedagang mendukung dan berharap pasar cepat selesai," ujar Sutrisno.')).toEqual([])
  })
})
