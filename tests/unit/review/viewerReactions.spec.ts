import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const puff = (body: string, title = 'Berita Kota') => warnings('puffery', { title, body, publishedAt: '2026-10-28' })

describe('puffery: the viewer\'s reaction in a praise clause (round 22)', () => {
  it('reports a reaction after "yang", "nan" or in a list of praise', () => {
    expect(puff('Kirab budaya sore itu menampilkan barisan bregada yang memanjakan mata penonton.')).toEqual(['memanjakan mata'])
    expect(puff('Taman itu ditata ulang.\n\nKini kawasan itu tampil asri dan memikat hati pengunjung.')).toEqual(['memikat hati'])
    expect(puff('Upacara ditutup dengan doa yang menggetarkan jiwa seluruh peserta.')).toEqual(['menggetarkan jiwa'])
    expect(puff('Panggung utama tampil megah dengan tata cahaya dan kembang api yang memanjakan mata.')).toEqual(['megah dengan tata cahaya dan kembang api yang memanjakan mata'])
  })

  it('leaves a bare reaction, a quote and reported speech alone', () => {
    expect(puff('Suasana malam di lokasi pameran benar-benar memanjakan mata!')).toEqual([])
    expect(puff('Laga final siap memanjakan mata para pencinta bulu tangkis.')).toEqual([])
    expect(puff('"Lampionnya yang memanjakan mata," kata Rina, pengunjung.')).toEqual([])
    expect(puff('Menurut panitia, pawai itu menyuguhkan pemandangan yang memanjakan mata.')).toEqual([])
  })
})
