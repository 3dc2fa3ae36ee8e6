import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const run = (rule: 'parts-total' | 'number-consistency', title: string, body: string) => excerpts(rule, { title, body, publishedAt: '2026-01-21' })
const opening = 'Kegiatan digelar di Pendapa Balai Kota, Rabu (20/1/2026), sejak pukul 08.00 WIB.'

describe('round 22: a headline count broken down in the body only (parts-total, not number-consistency)', () => {
  it('reports the headline when the blood types do not add up to it', () => {
    const body = `${opening}\n\nDarah yang terkumpul terdiri atas golongan A sebanyak 84 kantong, golongan B 97 kantong, golongan O 108 kantong, dan golongan AB 21 kantong.`
    expect(run('parts-total', 'ASN Sumbangkan 312 Kantong Darah', body)).toEqual(['312 Kantong'])
    expect(run('number-consistency', 'ASN Sumbangkan 312 Kantong Darah', body)).toEqual([])
  })

  it('reads "meliputi" and a breakdown paragraphs down', () => {
    const body = `${opening}\n\nWarga antusias.\n\nBibit yang dibagikan meliputi 120 bibit mangga, 95 bibit jambu, dan 60 bibit sawo.`
    expect(run('parts-total', 'Dinas Bagikan 265 Bibit Buah', body)).toEqual(['265 Bibit'])
  })

  it('reads "terdiri dari" with the labels after the counts', () => {
    const body = `${opening}\n\nPeserta terdiri dari 42 peserta putra dan 37 peserta putri.`
    expect(run('parts-total', 'Lomba Diikuti 89 Peserta', body)).toEqual(['89 Peserta'])
  })

  it('leaves an estimate of the noun before the breakdown aside', () => {
    const body = `${opening} Stok darah saat ini sekitar 450 kantong.\n\nWarga antusias mengikuti kegiatan.\n\nDarah yang terkumpul terdiri atas golongan O sebanyak 72 kantong, golongan B 58 kantong, dan golongan A 41 kantong.`
    expect(run('parts-total', 'Donor Darah Kumpulkan 181 Kantong', body)).toEqual(['181 Kantong'])
  })

  it('stays silent on both rules when the breakdown adds up to the headline', () => {
    const body = `${opening} Stok darah saat ini sekitar 450 kantong.\n\nWarga antusias mengikuti kegiatan.\n\nDarah yang terkumpul terdiri atas golongan O sebanyak 72 kantong, golongan B 58 kantong, golongan A 41 kantong, dan golongan AB 15 kantong.`
    expect(run('parts-total', 'Donor Darah Kumpulkan 186 Kantong', body)).toEqual([])
    expect(run('number-consistency', 'Donor Darah Kumpulkan 186 Kantong', body)).toEqual([])
  })

  it('stays silent when the body counts the whole itself before the breakdown', () => {
    const body = `${opening} Petugas mengumpulkan 310 kantong.\n\nDarah terdiri atas golongan A sebanyak 84 kantong, golongan B 97 kantong, golongan O 108 kantong, dan golongan AB 21 kantong.`
    expect(run('parts-total', 'ASN Sumbangkan 312 Kantong Darah', body)).toEqual([])
  })

  it('stays silent on some of the parts', () => {
    const body = `${opening}\n\nDarah yang terkumpul antara lain terdiri atas golongan A sebanyak 84 kantong dan golongan B 97 kantong.`
    expect(run('parts-total', 'ASN Sumbangkan 200 Kantong Darah', body)).toEqual([])
  })

  it('stays silent on parts far from the headline', () => {
    const body = `${opening}\n\nRelawan terdiri atas 12 kantong relawan PMI dan 8 kantong relawan kampung.`
    expect(run('parts-total', 'ASN Sumbangkan 312 Kantong Darah', body)).toEqual([])
  })
})
