import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const general = (body: string, title = 'Berita Kota') => warnings('generalisation', { title, body, publishedAt: '2026-08-18' })

describe('generalisation: a thing awaited or longed for by a whole group needs no manner word (round 23)', () => {
  it('reports "dinanti", "ditunggu-tunggu", "dirindukan", "didambakan" with the whole group as agent', () => {
    expect(general('Festival ini menjadi ajang budaya yang dinanti seluruh masyarakat Yogyakarta.')).toEqual(['dinanti seluruh masyarakat Yogyakarta'])
    expect(general('Pasar malam itu kembali hadir.\n\nAcara tahunan ini selalu ditunggu-tunggu oleh semua pedagang kaki lima.')).toEqual([
      'ditunggu-tunggu oleh semua pedagang',
    ])
    expect(general('Warga menonton.', 'Jembatan Baru yang Didambakan Segenap Warga Bantaran Akhirnya Dibuka')).toEqual(['Didambakan Segenap Warga'])
    expect(general('Kirab budaya dirindukan para wisatawan sejak pandemi.')).toEqual(['dirindukan para wisatawan'])
    expect(general('Layanan SIM keliling yang dinantikan oleh seluruh pengendara kini dibuka tiap Sabtu.')).toEqual(['dinantikan oleh seluruh pengendara'])
  })

  it('stays silent on a part of the group, a wish, a quote and a literal wait', () => {
    expect(general('Pengumuman itu dinanti sebagian peserta seleksi.')).toEqual([])
    expect(general('Jembatan itu diharapkan dinanti seluruh warga sebagai jalur evakuasi.')).toEqual([])
    expect(general('"Festival ini dinanti seluruh masyarakat," kata Ketua Panitia, Wahyu.')).toEqual([])
    expect(general('Seluruh peserta menunggu di halaman balai kota sejak pukul 06.00 WIB.')).toEqual([])
    expect(general('Keputusan itu masih dinanti, kata Lurah, oleh seluruh warga.')).toEqual([])
  })
})
