import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const totals = (body: string) => excerpts('parts-total', { title: 'Layanan Kota', body, publishedAt: '2026-03-04' })

describe('parts-total: breakdown items whose noun is left out count the first item\'s noun (round 21)', () => {
  it('adds the bare items to the first part, whatever the preposition, figure or place in the text', () => {
    expect(totals('Sebanyak 240 pelamar, terdiri atas 130 pelamar dari Kemantren Jetis dan 100 dari Kemantren Tegalrejo, lolos seleksi administrasi.')).toEqual(['240 pelamar, terdiri atas 130 pelamar dari Kemantren Jetis dan 100 dari Kemantren Tegalrejo'])
    expect(totals('Dinas membagikan 500 bibit kelengkeng yang dibagi untuk 300 bibit untuk sekolah, 150 untuk kampung, dan 80 untuk kantor kelurahan.')).toEqual(['500 bibit kelengkeng yang dibagi untuk 300 bibit untuk sekolah, 150 untuk kampung, dan 80 untuk kantor kelurahan'])
    expect(totals('Petugas memasang 20 titik lampu, terdiri atas 12 titik di utara, tujuh di selatan.')).toEqual(['20 titik lampu, terdiri atas 12 titik di utara'])
    expect(totals('Berapa pesertanya?\n\nTahun ini ada 90 peserta, yakni 50 peserta pada sesi pagi dan 45 pada sesi sore.')).toEqual(['90 peserta, yakni 50 peserta pada sesi pagi dan 45 pada sesi sore'])
  })

  it('stays silent when the bare items make the sum right, or pick some out of the parts', () => {
    expect(totals('Sebanyak 230 pelamar, terdiri atas 130 pelamar dari Kemantren Jetis dan 100 dari Kemantren Tegalrejo, lolos seleksi administrasi.')).toEqual([])
    expect(totals('Tahun ini ada 95 peserta, yakni 50 peserta pada sesi pagi dan 45 pada sesi sore.')).toEqual([])
    expect(totals('Sebanyak 60 peserta terdiri atas 40 peserta putra dan 20 peserta putri, 10 di antaranya pelajar SMA.')).toEqual([])
  })
})
