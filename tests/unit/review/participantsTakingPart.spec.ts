import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

// Round 24: how the participants of the event felt while taking part in it ("Para peserta sungguh bersemangat
// mengikuti setiap sesi") is the scene the writer saw, not a claim about what citizens think; the intensifier is
// that sentence's finding. A totality quantifier (semua, seluruh) still generalises. Sentences of my own.

const article = (body: string, title = 'Lomba Anak') => ({ title, body, publishedAt: '2026-07-11' })

describe('round 24: participants seen taking part', () => {
  it('leaves the feeling of a bare group while it takes part alone', () => {
    expect(warnings('generalisation', article('Para peserta sungguh bersemangat mengikuti pelatihan menjahit itu.'))).toEqual([])
    expect(warnings('generalisation', article('Sejak pukul tujuh, anak-anak sangat antusias mengikuti lomba balap karung.'))).toEqual([])
    expect(warnings('generalisation', article('Pembukaan berlangsung singkat.\n\nPara lansia amat gembira mengikuti senam pagi di alun-alun.'))).toEqual([])
    expect(warnings('generalisation', article('Para siswa begitu antusias mengikuti kelas memasak.', 'Kelas Memasak'))).toEqual([])
  })

  it('still reports a whole group, and a group with no event it takes part in', () => {
    expect(warnings('generalisation', article('Semua peserta sangat antusias mengikuti pelatihan.')).length).toBe(1)
    expect(warnings('generalisation', article('Seluruh warga sangat antusias mengikuti program ini.')).length).toBe(1)
    expect(warnings('generalisation', article('Para pedagang menyambut antusias kebijakan baru itu.')).length).toBe(1)
    expect(warnings('generalisation', article('Semua warga kampung sangat senang dengan program itu.')).length).toBe(1)
  })
})
