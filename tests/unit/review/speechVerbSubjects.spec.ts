import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

// Round 24: a speech verb opening its sentence as the subject of "adalah"/"merupakan" ("Mengajak anak … adalah langkah
// cerdas", "Menyampaikan keluhan … merupakan cara …") names an act, not a speaker: the sentence is the writer's own,
// and the judgement in it is reported. A speech verb with its speaker, or "Menurut …", still reports. Sentences of my own.

const article = (body: string, title = 'Kegiatan Warga') => ({ title, body, publishedAt: '2026-05-11' })

describe('round 24: a speech verb as the subject of a copula', () => {
  it('reads the sentence as the writer\'s own', () => {
    expect(warnings('loaded-language', article('Mengajak lansia rutin berolahraga di taman adalah langkah cerdas.'))).toEqual(['langkah cerdas'])
    expect(warnings('intensifier', article('Warga kini punya aplikasi aduan.\n\nMenyampaikan keluhan lewat aplikasi itu merupakan cara yang sungguh mudah.'))).toEqual([
      'sungguh',
    ])
    expect(warnings('puffery', article('Mengimbau pengendara memakai helm sejak usia dini adalah gerakan yang luar biasa.'))).toEqual(['luar biasa'])
    expect(warnings('loaded-language', article('Isi berita.', 'Meminta Warga Memilah Sampah adalah Langkah Visioner'))).toEqual(['Visioner'])
  })

  it('still reads a speech verb with its speaker, or a source, as reported', () => {
    expect(warnings('loaded-language', article('Menurut Lurah Sutrisno, mengajak lansia berolahraga adalah langkah cerdas.'))).toEqual([])
    expect(warnings('loaded-language', article('Mengajak warga ikut, Kepala Dinas, Rina, menyebut lomba ini adalah langkah cerdas.'))).toEqual([])
    expect(warnings('intensifier', article('Kepala Puskesmas mengatakan menyampaikan keluhan lewat aplikasi merupakan cara yang sungguh mudah.'))).toEqual([])
    expect(warnings('puffery', article('Mengimbau pengendara memakai helm, Kapolsek menjelaskan gerakan itu luar biasa.'))).toEqual([])
  })
})
