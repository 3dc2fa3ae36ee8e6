import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const general = (body: string, title = 'Berita') => warnings('generalisation', { title, body, publishedAt: '2026-03-25' })

describe('generalisation: those who run a community body or programme are a group too (round 21)', () => {
  it('reports a whole body of organisers said to feel or back something', () => {
    expect(general('Semua kader posyandu di Kemantren Jetis bangga atas capaian imunisasi tahun ini.')).toEqual(['Semua kader posyandu di Kemantren Jetis bangga'])
    expect(general('Festival Kampung Berakhir\n\nSemua panitia puas. Penonton tercatat 4.000 orang.')).toEqual(['Semua panitia puas'])
    expect(general('Apa kata pengelola?\n\nSeluruh pengelola bank sampah menyambut antusias aplikasi pencatatan itu.')).toEqual([
      'Seluruh pengelola bank sampah menyambut antusias',
    ])
    expect(general('Para staf kelurahan kini merasa lebih nyaman bekerja di gedung baru.')).toEqual(['Para staf kelurahan kini merasa lebih nyaman'])
  })

  it('stays silent on duties, a restrictive clause, a named speaker or a count', () => {
    expect(general('Seluruh kader diminta tetap tenang saat melayani warga.')).toEqual([])
    expect(general('Panitia yang puas dengan hasil lomba akan menggelar acara serupa tahun depan.')).toEqual([])
    expect(general('Menurut Ketua RW, semua pengurus kampung setuju dengan jadwal baru.')).toEqual([])
    expect(general('Sebanyak 12 pengurus kampung mengikuti pelatihan pengelolaan hibah.')).toEqual([])
  })
})
