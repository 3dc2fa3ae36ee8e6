import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const parts = onBody('parts-total', 'Layanan Kelurahan Berjalan')
const opening = 'Posko layanan warga di 45 kelurahan telah melayani 96 konsultasi hingga akhir Juli.'

describe('round 22: a ranked or partial list adding up to more than its whole (parts-total)', () => {
  it('reports a ranked list going on in the next sentence', () => {
    const body = `${opening}\n\nKonsultasi terbanyak berkaitan dengan waris sebanyak 31 kasus. Berikutnya utang-piutang 24 kasus, sengketa tanah 19 kasus, perkara keluarga 14 kasus, dan ketenagakerjaan 9 kasus.`
    expect(parts(body)).toEqual(['31 kasus. Berikutnya utang-piutang 24 kasus, sengketa tanah 19 kasus, perkara keluarga 14 kasus, dan ketenagakerjaan 9 kasus'])
  })

  it('reports a list "antara lain" of the whole\'s own noun', () => {
    const body = 'Dinas menyalurkan 500 paket sembako pekan ini.\n\nPaket disalurkan antara lain ke Jetis 240 paket dan Tegalrejo 280 paket.'
    expect(parts(body)).toEqual(['240 paket dan Tegalrejo 280 paket'])
  })

  it('reports a "paling banyak" list in one sentence, the whole in the lead', () => {
    const found = onBody('parts-total', 'Pendaftar Beasiswa')
    const body = 'Pendaftar paling banyak dari SMA sebanyak 120 pendaftar, disusul SMK 90 pendaftar, dan MA 45 pendaftar.'
    expect(found(`Dinas menerima 240 pendaftar beasiswa tahun ini.\n\n${body}`)).toEqual(['120 pendaftar, disusul SMK 90 pendaftar, dan MA 45 pendaftar'])
  })

  it('reports a ranked list continued with "Disusul"', () => {
    const body = 'Petugas mencatat 60 pohon tumbang akibat angin kencang.\n\nPohon tumbang terbanyak di Umbulharjo, 28 pohon. Disusul Kotagede 21 pohon dan Mergangsan 14 pohon.'
    expect(parts(body)).toEqual(['28 pohon. Disusul Kotagede 21 pohon dan Mergangsan 14 pohon'])
  })

  it('stays silent on a ranked list within its whole', () => {
    const body = `${opening}\n\nKonsultasi terbanyak berkaitan dengan waris sebanyak 31 kasus. Berikutnya utang-piutang 24 kasus, sengketa tanah 19 kasus, dan perkara keluarga 14 kasus.`
    expect(parts(body)).toEqual([])
  })

  it('stays silent on a list of another time', () => {
    const body = `${opening}\n\nTahun lalu konsultasi terbanyak berkaitan dengan waris sebanyak 51 kasus. Berikutnya utang-piutang 44 kasus dan sengketa tanah 19 kasus.`
    expect(parts(body)).toEqual([])
  })

  it('stays silent when the whole is approximate', () => {
    const body = 'Posko melayani sekitar 90 konsultasi.\n\nKonsultasi terbanyak berkaitan dengan waris sebanyak 51 kasus. Berikutnya utang-piutang 44 kasus.'
    expect(parts(body)).toEqual([])
  })

  it('stays silent when the sentence after is no continuation', () => {
    const body = `${opening}\n\nKonsultasi terbanyak berkaitan dengan waris sebanyak 31 kasus. Paralegal menangani 24 kasus, 19 kasus, 14 kasus, dan 9 kasus lewat mediasi.`
    expect(parts(body)).toEqual([])
  })
})
