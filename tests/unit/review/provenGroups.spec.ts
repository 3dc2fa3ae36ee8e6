import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const general = (body: string, title = 'Berita Kota') => warnings('generalisation', { title, body, publishedAt: '2026-06-05' })

describe('generalisation: what a deed is said to prove about a whole group (round 22)', () => {
  it('reports the group and its predicate after "membuktikan/menunjukkan bahwa", "bukti bahwa"', () => {
    expect(general('Kerja bakti di bantaran Winongo membuktikan bahwa warga Kricak peduli kebersihan sungai.')).toEqual(['warga Kricak peduli kebersihan sungai'])
    expect(general('Ribuan orang datang.\n\nAntrean panjang itu menunjukkan bahwa semua pelajar haus akan bacaan bermutu.')).toEqual([
      'semua pelajar haus akan bacaan bermutu',
    ])
    expect(general('Pasar Kranggan bersih tanpa sampah plastik, bukti bahwa para pedagang sudah berubah.')).toEqual(['para pedagang sudah berubah'])
    expect(general('Warga bergotong royong.', 'Bank Sampah Laris, Bukti Bahwa Masyarakat Makin Peduli Lingkungan')).toEqual(['Masyarakat Makin Peduli Lingkungan'])
  })

  it('stays silent on a capability, a share, a thing of the group, a study or a quotation', () => {
    expect(general('Pelatihan itu membuktikan bahwa warga bisa mengolah sampah menjadi pupuk.')).toEqual([])
    expect(general('Hasil survei menunjukkan bahwa 78 persen warga puas dengan layanan bus.')).toEqual([])
    expect(general('Pentas itu membuktikan bahwa bakat seni pelajar kota ini tidak kalah.')).toEqual([])
    expect(general('Hasil pemeriksaan laboratorium menunjukkan bahwa warga sekitar pabrik sehat.')).toEqual([])
    expect(general('"Acara ini membuktikan bahwa warga kami rukun," kata Lurah Bener, Sugiyanto.')).toEqual([])
  })
})
