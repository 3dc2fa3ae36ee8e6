import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const superlatives = (body: string, title = 'Berita Kota') => warnings('unsourced-superlative', { title, body, publishedAt: '2026-07-06' })

describe('unsourced-superlative: a figure reported in the paragraph does not make it a record (round 22)', () => {
  it('reports the record when the paragraph\'s source only reports the figure', () => {
    expect(superlatives('Panitia mencatat transaksi mencapai Rp3,8 miliar. Angka ini merupakan rekor baru dalam sejarah pameran.')).toEqual(['rekor baru'])
    expect(superlatives('Pameran ditutup.\n\nData dinas menunjukkan 41.000 pengunjung datang. Jumlah itu rekor tertinggi selama ini.')).toEqual(['rekor tertinggi'])
    expect(superlatives('Berdasarkan laporan kasir, 2.300 porsi terjual. Penjualan itu memecahkan rekor bazar tahun-tahun sebelumnya.')).toEqual([
      'memecahkan rekor',
    ])
    expect(superlatives('Survei panitia mencatat 96 persen pengunjung puas. Festival tahun ini mencetak rekor baru.')).toEqual(['mencetak rekor baru'])
  })

  it('stays silent when a record authority or the measured result backs it, or its own sentence names a source', () => {
    expect(superlatives('Tumpeng setinggi 5 meter itu memecahkan rekor. Perwakilan MURI menyerahkan piagam kepada panitia.')).toEqual([])
    expect(superlatives('Nadia memecahkan rekor baru. Ia mencatat waktu 12,31 detik di nomor 100 meter.')).toEqual([])
    expect(superlatives('Menurut panitia, transaksi Rp3,8 miliar itu rekor baru pameran batik.')).toEqual([])
    expect(superlatives('Transaksi pameran tahun ini mencapai Rp3,8 miliar, naik dari Rp2,9 miliar tahun lalu.')).toEqual([])
  })
})
