import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const general = (body: string, title = 'Berita Kota') => warnings('generalisation', { title, body, publishedAt: '2026-08-18' })

describe('generalisation: a whole group made to react (round 22)', () => {
  it('reports "semua/seluruh/para" + group + "dibuat" + a reaction', () => {
    expect(general('Semua penonton dibuat terpingkal-pingkal oleh aksi para peserta lomba panjat pinang.')).toEqual(['Semua penonton dibuat terpingkal-pingkal'])
    expect(general('Pentas dimulai pukul 19.30 WIB.\n\nSeluruh pengunjung Taman Budaya dibuat terpukau tata cahayanya.')).toEqual([
      'Seluruh pengunjung Taman Budaya dibuat terpukau',
    ])
    expect(general('Para wisatawan asing dibuat begitu takjub oleh gerak tari serimpi.')).toEqual(['Para wisatawan asing dibuat begitu takjub'])
    expect(general('Warga menonton.', 'Seluruh Penonton Dibuat Terharu Kisah Veteran')).toEqual(['Seluruh Penonton Dibuat Terharu'])
  })

  it('stays silent on a thing made, a part of the group, a quote or reported speech', () => {
    expect(general('Seluruh bilah gamelan dibuat dari perunggu pilihan.')).toEqual([])
    expect(general('Sebagian penonton dibuat terpukau oleh atraksi barongsai.')).toEqual([])
    expect(general('"Semua penonton dibuat tertawa," kata Ketua Panitia, Wahyu.')).toEqual([])
    expect(general('Menurut panitia, seluruh pengunjung dibuat puas oleh pelayanan posko.')).toEqual([])
  })
})
