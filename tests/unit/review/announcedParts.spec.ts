import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const parts = (body: string) => excerpts('parts-total', { title: 'Berita Kota', body, publishedAt: '2026-10-12' })
const opening = 'Dinas Pariwisata menyiapkan anggaran promosi wisata tahun 2026 sebesar Rp4,8 miliar. Setiap desa wisata menerima Rp120 juta.\n\n'

describe('parts-total: parts announced by a sentence with no amount (round 19)', () => {
  it('hands out the earlier whole the sentence names, and reports parts that miss it', () => {
    expect(parts(`${opening}Kepala dinas menjelaskan anggaran promosi dibagi untuk dua kelompok kegiatan. Promosi digital mendapat Rp2,9 miliar, sedangkan pameran dan festival Rp1,6 miliar.`)).toEqual(['Rp4,8 miliar'])
  })

  it('accepts parts that add up, and leaves a sentence naming another whole alone', () => {
    expect(parts(`${opening}Kepala dinas menjelaskan anggaran promosi dibagi untuk dua kelompok kegiatan. Promosi digital mendapat Rp3,2 miliar, sedangkan pameran dan festival Rp1,6 miliar.`)).toEqual([])
    expect(parts(`${opening}Selain itu, hibah provinsi dibagi untuk dua kelompok sadar wisata. Kelompok utara mendapat Rp2,9 miliar, sedangkan kelompok selatan Rp1,6 miliar.`)).toEqual([])
  })
})
