import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const puff = (body: string, title = 'Berita Kota') => warnings('puffery', { title, body, publishedAt: '2026-03-20' })

describe('puffery: a place or event called a paradise (round 22)', () => {
  it('reports a paradise of a pursuit or for its lovers, and a paradise as predicate', () => {
    expect(puff('Bazar Ramadan di Jalan Kemasan benar-benar menjadi surga kuliner.')).toEqual(['surga kuliner'])
    expect(puff('Pasar dibuka pukul 16.00 WIB.\n\nLorong barat kini surganya para pemburu jajanan lawas.')).toEqual(['surganya para pemburu'])
    expect(puff('Warga antusias.', 'Kampung Buku Jadi Surga bagi Pecinta Bacaan')).toEqual(['Surga bagi Pecinta'])
    expect(puff('Dengan 40 kios, pusat oleh-oleh itu bagaikan surga bagi wisatawan.')).toEqual(['surga bagi wisatawan'])
  })

  it('stays silent on the afterlife, in quotes and in reported speech', () => {
    expect(puff('Dalam tausiyahnya, ustaz mengingatkan jamaah bahwa sedekah membuka pintu surga.')).toEqual([])
    expect(puff('Pengajian membahas surga dan neraka dalam Al-Qur\'an.')).toEqual([])
    expect(puff('"Bazar ini surga kuliner buat anak kos," kata Rina, pengunjung.')).toEqual([])
    expect(puff('Menurut pengelola, pasar itu menjadi surga belanja bagi warga.')).toEqual([])
  })
})
