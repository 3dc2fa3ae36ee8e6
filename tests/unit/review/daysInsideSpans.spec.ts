import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const dates = (title: string, body: string) => excerpts('date-consistency', { title, body, publishedAt: '2026-10-10' })

describe('date-consistency: a day inside a span the copy gives (round 21)', () => {
  it('reads a caption dated between two dates joined by hingga / sampai dengan as a day of the event', () => {
    const body =
      'Dinas Perpustakaan membuka bazar buku murah di Gedung Grhatama Pustaka, Senin (5/10/2026) hingga Jumat (9/10/2026).\n\nPengunjung memadati stan.\n\nFoto: Pelajar memilih buku di Gedung Grhatama Pustaka, Rabu (7/10/2026).'
    expect(dates('Bazar Buku Murah', body)).toEqual([])
    const words = 'Pameran lukisan anak berlangsung di Sasana Hinggil mulai 12 Oktober 2026 sampai dengan 16 Oktober 2026.\n\nFoto: Pengunjung di Sasana Hinggil, 14 Oktober 2026.'
    expect(dates('Pameran Lukisan Anak', words)).toEqual([])
  })

  it('reads a day inside a compact span, a headline date inside the body\'s span, and a later paragraph\'s middle day', () => {
    const compact = 'Kejuaraan bulu tangkis pelajar berlangsung di GOR Kridosono, Selasa–Kamis (3-5/11/2026).\n\nPada hari kedua, Rabu (4/11/2026), tuan rumah menang.'
    expect(dates('Kejuaraan Bulu Tangkis', compact)).toEqual([])
    expect(dates('Bazar Ramai pada 16 Juni', 'Bazar UMKM digelar di Alun-alun Utara mulai Senin, 14 Juni 2026, hingga Jumat, 18 Juni 2026.')).toEqual([])
  })

  it('reads a bare day coordinated before a dated one as a date too ("7 dan 8 November")', () => {
    const body = 'Festival kuliner kampung digelar di Jalan Malioboro pada Sabtu dan Minggu, 7 dan 8 November 2026.\n\nFoto: Warga antre di stan festival kuliner Jalan Malioboro, Sabtu (7/11/2026).'
    expect(dates('Festival Kuliner', body)).toEqual([])
    const list = 'Vaksinasi digelar di Puskesmas Mergangsan pada 2, 3, dan 4 September 2026.\n\nFoto: Warga mengikuti vaksinasi di Puskesmas Mergangsan, 2 September 2026.'
    expect(dates('Vaksinasi', list)).toEqual([])
  })

  it('reads a caption the day after showing what the event left (sisa, puing, reruntuhan, dampak) as its aftermath', () => {
    const lead = 'Angin kencang merobohkan pohon dan merusak atap rumah warga di Kampung Suryodiningratan, Kamis (8/10/2026).'
    for (const scene of ['memotong sisa batang pohon', 'mengangkut puing atap', 'melihat dampak angin kencang']) {
      expect(dates('Angin Kencang', `${lead}\n\nFoto: Warga Kampung Suryodiningratan ${scene}, Jumat (9/10/2026).`)).toEqual([])
    }
  })

  it('still reports a caption outside the span, an end restated inside it, and a headline date outside the body\'s span', () => {
    const span = 'Dinas Perpustakaan membuka bazar buku murah di Gedung Grhatama Pustaka, Senin (5/10/2026) hingga Jumat (9/10/2026).\n\nPengunjung memadati stan.'
    expect(dates('Bazar Buku Murah', `${span}\n\nFoto: Pelajar memilih buku di Gedung Grhatama Pustaka, Senin (12/10/2026).`)).toEqual(['12/10/2026'])
    expect(dates('Bazar Buku Murah', `${span}\n\nBazar yang berakhir pada 8 Oktober itu menjual 3.000 buku.`)).toEqual(['8 Oktober'])
    expect(dates('Bazar Ramai pada 20 Juni', 'Bazar UMKM digelar di Alun-alun Utara mulai Senin, 14 Juni 2026, hingga Jumat, 18 Juni 2026.')).toEqual(['20 Juni'])
  })

  it('still reports a residue caption dated before the event, and two dates not joined as a span', () => {
    const lead = 'Angin kencang merobohkan pohon di Kampung Suryodiningratan, Kamis (8/10/2026).'
    expect(dates('Angin Kencang', `${lead}\n\nFoto: Warga Kampung Suryodiningratan memotong sisa batang pohon, Rabu (7/10/2026).`)).toEqual(['7/10/2026'])
    const two = 'Bazar buku digelar di Gedung Grhatama Pustaka, Senin (5/10/2026), dan ditutup dengan lomba resensi.\n\nRekap penjualan dibacakan Jumat (9/10/2026).\n\nFoto: Pelajar memilih buku di Gedung Grhatama Pustaka, Rabu (7/10/2026).'
    expect(dates('Bazar Buku Murah', two)).toEqual(['7/10/2026'])
  })
})
