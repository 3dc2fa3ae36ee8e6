import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const general = (body: string, title = 'Berita') => warnings('generalisation', { title, body, publishedAt: '2026-07-18' })

describe('generalisation: wishes and love of a whole group (round 21)', () => {
  it('reports a whole group said to want, love or miss something', () => {
    expect(general('Setelah pameran itu, seluruh pelaku UMKM di Kotagede ingin produknya masuk pasar ekspor.')).toEqual([
      'seluruh pelaku UMKM di Kotagede ingin',
    ])
    expect(general('Segenap siswa SMP itu mencintai kegiatan literasi pagi.')).toEqual(['Segenap siswa SMP itu mencintai'])
    expect(general('Wisata Sungai Code\n\nPara pengunjung pun rindu suasana malam di tepi kali.')).toEqual(['Para pengunjung pun rindu'])
    expect(general('Berapa biayanya?\n\nGratis. Semua warga menginginkan layanan ini diperluas ke kampung lain.')).toEqual(['Semua warga menginginkan'])
  })

  it('stays silent on a restrictive clause, a purpose, a named speaker or a wish for them', () => {
    expect(general('Setiap pemohon yang ingin mengurus izin wajib membawa KTP.')).toEqual([])
    expect(general('Dinas Perpustakaan berharap kegiatan ini membuat seluruh siswa ingin membaca.')).toEqual([])
    expect(general('Kegiatan ini digelar agar semua warga cinta lingkungan.')).toEqual([])
    expect(general('Menurut Ketua RW, semua warga ingin kampungnya bersih.')).toEqual([])
  })
})
