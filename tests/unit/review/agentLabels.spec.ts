import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const loaded = (body: string, title = 'Berita Kota') => warnings('loaded-language', { title, body, publishedAt: '2026-05-12' })

describe('loaded-language: a derogatory label on any agent noun in pe(N)- (round 22)', () => {
  it('reports the label (and a label joined to it) on the agent', () => {
    expect(loaded('Makanan itu dipesan dari penyedia katering yang ceroboh dan tidak bertanggung jawab.')).toEqual(['ceroboh dan tidak bertanggung jawab'])
    expect(loaded('Spanduk diturunkan.\n\nPara pemasang iklan liar itu memang bebal dan tidak tahu malu.')).toEqual(['bebal dan tidak tahu malu'])
    expect(loaded('Penunggak retribusi pasar yang licik itu kembali berkelit.')).toEqual(['licik'])
    expect(loaded('Warga mengeluh.', 'Penimbun Gas Melon Serakah Diburu Petugas')).toEqual(['Serakah'])
  })

  it('stays silent on a deed noun, a negated label, a quote or reported speech', () => {
    expect(loaded('Pelaksanaan proyek yang ceroboh membuat jalan cepat rusak.')).toEqual([])
    expect(loaded('Penyedia katering itu tidak ceroboh: semua bahan disimpan di lemari pendingin.')).toEqual([])
    expect(loaded('"Pemasang spanduk itu bebal," kata Kepala Satpol PP, Hadi.')).toEqual([])
    expect(loaded('Menurut warga, pengelola parkir itu curang.')).toEqual([])
  })
})
