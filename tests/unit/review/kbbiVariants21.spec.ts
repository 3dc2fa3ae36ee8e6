import { describe, expect, it } from 'vitest'

import { check } from './helpers'

const spelled = (body: string, title = 'Berita') =>
  check('preferred-spelling', { title, body, publishedAt: '2026-03-27' }).map((f) => [f.excerpt, f.suggestion, f.severity])

describe('preferred-spelling: more tidak-baku forms with a KBBI standard (round 21)', () => {
  it('reports them in body, caption, answer and affixed-free positions', () => {
    expect(spelled('Petugas menyalakan sirine tanda evakuasi.')).toEqual([['sirine', 'sirene', 'warning']])
    expect(spelled('Foto: Dua ambulan bersiaga di halaman sekolah, Jumat (27/3/2026).')).toEqual([['ambulan', 'ambulans', 'warning']])
    expect(spelled('Berapa korban?\n\nTiga siswa mengalami cidera ringan.')).toEqual([['cidera', 'cedera', 'warning']])
    expect(spelled('Arsip kini tersusun rapih di rak baru.')).toEqual([['rapih', 'rapi', 'warning']])
  })

  it('stays silent on the standard forms and names', () => {
    expect(spelled('Sirene berbunyi, ambulans datang, satu siswa cedera, barisan kembali rapi.')).toEqual([])
    expect(spelled('Rapat membahas amendemen peraturan daerah bersama Bapak Rapih Santoso.')).toEqual([])
  })
})
