import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const general = (body: string, title = 'Berita Kota') => warnings('generalisation', { title, body, publishedAt: '2026-10-10' })

describe('generalisation: a whole group named by its presence still claims all of them (round 23)', () => {
  it('reports semua/seluruh/para + group + "yang datang/hadir/berkunjung …" + an attitude far after', () => {
    expect(general('Semua wisatawan yang datang pada akhir pekan pertama mengaku puas dengan paket tersebut.')).toEqual([
      'Semua wisatawan yang datang pada akhir pekan pertama mengaku puas',
    ])
    expect(general('Pentas digelar di Taman Budaya.\n\nSeluruh penonton yang hadir di pendapa sejak sore tadi tampak sangat bangga.')).toEqual([
      'Seluruh penonton yang hadir di pendapa sejak sore tadi tampak sangat bangga',
    ])
    expect(general('Para pengunjung yang berkunjung ke pameran selama tiga hari itu merasa terhibur.')).toEqual([
      'Para pengunjung yang berkunjung ke pameran selama tiga hari itu merasa terhibur',
    ])
    expect(general('Warga menonton.', 'Semua Peserta yang Ikut Lomba Hias Kampung Tahun Ini Senang')).toEqual(['Semua Peserta yang Ikut Lomba Hias Kampung Tahun Ini Senang'])
  })

  it('stays silent on a rule for those present, a condition, a part and a quote', () => {
    expect(general('Semua wisatawan yang datang pada akhir pekan wajib membeli tiket di loket.')).toEqual([])
    expect(general('Seluruh peserta yang hadir sebelum pukul 07.00 diminta tetap tenang.')).toEqual([])
    expect(general('Sebagian wisatawan yang datang pada akhir pekan mengaku puas.')).toEqual([])
    expect(general('"Semua wisatawan yang datang ke kampung kami mengaku puas," kata pemandu, Ardi.')).toEqual([])
  })
})
