import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const general = (body: string, title = 'Berita Kota') => warnings('generalisation', { title, body, publishedAt: '2026-08-24' })

describe('generalisation: a bare group seen to look some way is the scene, not every member (round 23)', () => {
  it('stays silent on "tampak"/"terlihat" after a bare group', () => {
    expect(general('Peserta tampak sangat antusias mengikuti kegiatan sejak pukul 06.00 WIB.')).toEqual([])
    expect(general('Kirab dimulai pukul 15.00.\n\nPengunjung terlihat senang menyaksikan arak-arakan gunungan.')).toEqual([])
    expect(general('Di tepi jalan, warga tampak gembira menyambut rombongan.')).toEqual([])
    expect(general('Pedagang pasar pun terlihat lega setelah hujan reda.')).toEqual([])
  })

  it('still reports a whole group seen so, and a bare group stated so', () => {
    expect(general('Semua pengunjung tampak puas dengan penataan ruang pamer.')).toEqual(['Semua pengunjung tampak puas'])
    expect(general('Seluruh peserta terlihat bangga mengenakan kostum pejuang.')).toEqual(['Seluruh peserta terlihat bangga'])
    expect(general('Warga sangat antusias menyambut program ini.')).toEqual(['Warga sangat antusias'])
    expect(general('Peserta merasa puas dengan pelayanan panitia.')).toEqual(['Peserta merasa puas'])
  })
})
