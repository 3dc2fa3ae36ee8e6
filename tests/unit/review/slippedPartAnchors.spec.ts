import { describe, expect, it } from 'vitest'

import { check, onBody } from './helpers'

const parts = onBody('parts-total', 'Kegiatan Kota Berjalan Lancar')
const opening = 'Pemerintah Kota Yogyakarta menggelar kegiatan tahunan, Sabtu (10/10/2026).'

describe('round 22: a breakdown whose one part is a digit slip points at that part (parts-total)', () => {
  it('spans from the total to the mistyped part of a count list', () => {
    const body = `${opening}\n\nLomba yang dimulai sejak pekan lalu itu diikuti 52 regu, terdiri atas 31 regu pria dan 12 regu wanita.`
    expect(parts(body)).toEqual(['52 regu, terdiri atas 31 regu pria dan 12 regu wanita'])
  })

  it('reads a measure in tons with a decimal comma', () => {
    const body = `${opening}\n\nPanen hari itu mencapai 7,4 ton gabah, yakni 3,2 ton dari Kelurahan Giwangan dan 4,8 ton dari Kelurahan Sorosutan.`
    expect(parts(body)).toEqual(['7,4 ton gabah, yakni 3,2 ton dari Kelurahan Giwangan dan 4,8 ton dari Kelurahan Sorosutan'])
  })

  it('reads amounts of money, the slip two swapped digits', () => {
    const body = `${opening}\n\nAnggaran Rp870 juta dialokasikan untuk Rp420 juta pengaspalan, Rp150 juta penerangan, dan Rp390 juta drainase.`
    const found = check('parts-total', { title: 'Anggaran', body, publishedAt: '2026-10-12' })
    expect(found.map((f) => f.excerpt)).toEqual(['Rp870 juta dialokasikan untuk Rp420 juta pengaspalan, Rp150 juta penerangan, dan Rp390 juta drainase'])
    expect(found[0].message).toContain('Rp870')
  })

  it('names the slipped part in the message in a caption', () => {
    const body = `${opening}\n\nFoto: Sebanyak 1.250 paket sembako terdiri atas 640 paket beras dan 510 paket minyak goreng dibagikan di balai kota.`
    const found = check('parts-total', { title: 'Sembako', body, publishedAt: '2026-10-12' })
    expect(found.map((f) => f.excerpt)).toEqual(['1.250 paket sembako terdiri atas 640 paket beras dan 510 paket minyak goreng dibagikan di balai kota'])
    expect(found[0].message).toMatch(/salah ketik/u)
  })

  it('keeps the finding at the total when no part is a digit slip', () => {
    const body = `${opening}\n\nLomba itu diikuti 52 regu, terdiri atas 25 regu pria dan 12 regu wanita.`
    expect(parts(body)).toEqual(['52 regu'])
  })

  it('stays silent on a breakdown that adds up', () => {
    expect(parts(`${opening}\n\nLomba itu diikuti 52 regu, terdiri atas 40 regu pria dan 12 regu wanita.`)).toEqual([])
    expect(parts(`${opening}\n\nPanen mencapai 7,4 ton gabah, yakni 3,2 ton dari Giwangan dan 4,2 ton dari Sorosutan.`)).toEqual([])
  })

  it('keeps a total stated in another sentence at the total', () => {
    const body = `${opening}\n\nKegiatan itu diikuti 52 regu dari seluruh kemantren.\n\nPeserta terdiri atas 31 regu pria dan 12 regu wanita.`
    expect(parts(body)).toEqual(['52 regu'])
  })

  it('leaves amounts per unit alone', () => {
    const body = `${opening}\n\nJuara pertama menerima Rp5 juta, juara kedua Rp3 juta, dan juara ketiga Rp2 juta untuk masing-masing kategori.`
    expect(parts(body)).toEqual([])
  })
})
