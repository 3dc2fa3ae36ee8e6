import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

// Round 24: a whole group said by the writer to be sure to act ("Semua pengunjung pasti pulang membawa …") or to act as
// one ("Semua warga kampung kompak menjaga …") claims what every member does, whatever the verb. Not a guarantee given
// to the group ("dijamin mendapat"), a denial ("tidak semua …"), a bare "para" acting together, or a source's words.
// Sentences of my own.

const article = (body: string, title = 'Kegiatan Kota') => ({ title, body, publishedAt: '2026-10-07' })
const found = (body: string, title?: string) => warnings('generalisation', article(body, title))

describe('round 24: a whole group vouched for by the writer', () => {
  it('reports the group and the word that vouches for it', () => {
    expect(found('Seluruh pedagang pasti kebagian lapak di los baru.')).toEqual(['Seluruh pedagang pasti kebagian'])
    expect(found('Stan dibuka pukul 10.00.\n\nSemua wisatawan tentu kembali lagi ke kampung ini.')).toEqual(['Semua wisatawan tentu kembali'])
    expect(found('Isi berita.', 'Seluruh Pelajar Kompak Tanam Pohon')).toEqual(['Seluruh Pelajar Kompak Tanam'])
    expect(found('Segenap umat di kampung itu kompak menjaga kebersihan masjid.')).toEqual(['Segenap umat di kampung itu kompak menjaga'])
  })

  it('leaves guarantees, denials, a bare plural acting together and a source alone', () => {
    expect(found('Seluruh peserta dijamin mendapat sertifikat.')).toEqual([])
    expect(found('Tidak semua warga pasti mendapat bantuan tahap ini.')).toEqual([])
    expect(found('Para peserta kompak mengenakan kaus putih.')).toEqual([])
    expect(found('Menurut panitia, semua peserta pasti mendapat medali.')).toEqual([])
  })
})
