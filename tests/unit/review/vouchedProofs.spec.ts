import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const certainty = (body: string, title = 'Berita Kota') => warnings('unattributed-certainty', { title, body, publishedAt: '2026-05-18' })

describe('unattributed-certainty: a proof claim and the certainty that vouches for it are one claim (round 22)', () => {
  it('starts the proof claim at the certainty adverb on its verb', () => {
    expect(certainty('Antrean di posko itu jelas membuktikan bahwa layanan jemput bola dibutuhkan.')).toEqual(['jelas membuktikan bahwa'])
    expect(certainty('Bank sampah tumbuh di 40 kampung.\n\nCapaian ini jelas-jelas menjadi bukti bahwa program berjalan.')).toEqual([
      'jelas-jelas menjadi bukti bahwa',
    ])
    expect(certainty('Ruang baca itu penuh setiap sore, nyata membuktikan bahwa minat baca tumbuh.')).toEqual(['nyata membuktikan bahwa'])
    expect(certainty('Warga menanam.', 'Panen Raya Jelas Membuktikan Bahwa Lahan Sempit Bisa Produktif')).toEqual(['Jelas Membuktikan Bahwa'])
  })

  it('reports a sentence vouched for twice once', () => {
    expect(certainty('Tidak diragukan lagi, antusiasme ini membuktikan bahwa festival layak digelar tiap tahun.')).toEqual(['Tidak diragukan lagi'])
    expect(certainty('Faktanya, pameran itu menjadi bukti bahwa perajin kecil mampu menembus pasar ekspor.')).toEqual(['Faktanya'])
  })

  it('keeps two sentences two claims, and leaves evidence and negation alone', () => {
    expect(certainty('Tak pelak, pasar itu kembali ramai. Keramaian ini membuktikan bahwa renovasi berhasil.')).toEqual(['Tak pelak', 'membuktikan bahwa'])
    expect(certainty('Hasil uji laboratorium jelas membuktikan bahwa air sumur itu layak minum.')).toEqual([])
    expect(certainty('Data kunjungan belum membuktikan bahwa rute baru itu diminati.')).toEqual([])
    expect(certainty('"Kerja bakti ini jelas membuktikan bahwa kami peduli," kata Ketua RW.')).toEqual([])
  })
})
