import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const calls = (body: string, title = 'Berita Kota') => warnings('call-to-action', { title, body, publishedAt: '2026-10-03' })

describe('call-to-action: "Anda" is capitalised by convention, not a name (round 23)', () => {
  it('reports an obligation put to "Anda" after a vocative or an opening phrase', () => {
    expect(calls('Pameran dibuka Jumat.\n\nPencinta batik, Anda harus datang menyaksikan karya-karya ini di museum!')).toEqual(['Anda harus'])
    expect(calls('Bagi penggemar kuliner malam, Anda wajib mampir ke lapak gudeg di ujung gang.')).toEqual(['Anda wajib'])
    expect(calls('Festival berlangsung tiga hari. Sebelum tiket habis, Anda perlu memesan lewat aplikasi.')).toEqual(['Anda perlu'])
    expect(calls('Kalau ke Kotagede akhir pekan ini, Anda harus mencoba kipo buatan Bu Sumi.')).toEqual(['Anda harus'])
  })

  it('stays silent on names, quotes and attributed speech', () => {
    expect(calls('Lagu "Anda Harus Tahu" dibawakan paduan suara pelajar.')).toEqual([])
    expect(calls('"Kalau sakit, Anda harus segera ke puskesmas," kata dokter Rini.')).toEqual([])
    expect(calls('Menurut petugas, Anda harus membawa KTP asli saat mengurus dokumen.')).toEqual([])
    expect(calls('Pemohon wajib membawa KTP asli saat mengurus dokumen di kantor kelurahan.')).toEqual([])
  })
})
