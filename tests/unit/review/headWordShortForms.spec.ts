import { describe, expect, it } from 'vitest'

import { seedOfficialNames } from '@/review/registry/seedOfficialNames'
import type { OfficialNameEntry } from '@/review/types'

import { check } from './helpers'

const names = (input: string | { title: string; body: string }, registry: readonly OfficialNameEntry[] = seedOfficialNames) =>
  check('official-name', input, { registry }).map((f) => f.excerpt)

const merged: OfficialNameEntry[] = [
  { name: 'Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak', kind: 'unit', variants: ['Dinas Pemberdayaan Perempuan dan Perlindungan Anak'] },
  { name: 'Kantor Rehabilitasi dan Pemulihan Wilayah', kind: 'unit', variants: ['Kantor Pemulihan Wilayah'] },
]

describe('official-name: a word of the office name is no short form of it and the next word (round 22)', () => {
  it('reports a listed name that drops the word after the head word', () => {
    expect(names('Kepala Bidang Pelatihan Dinas Tenaga Kerja dan Transmigrasi Kota Yogyakarta, Felix, hadir.')).toEqual(['Dinas Tenaga Kerja dan Transmigrasi'])
    expect(names({ title: 'Dinas Tenaga Kerja dan Transmigrasi Buka Bursa Kerja', body: 'Bursa kerja dibuka Senin (2/3/2026).' })).toEqual([
      'Dinas Tenaga Kerja dan Transmigrasi',
    ])
    expect(names('Pendampingan dilakukan Dinas Pemberdayaan Perempuan dan Perlindungan Anak.', merged)).toEqual(['Dinas Pemberdayaan Perempuan dan Perlindungan Anak'])
    expect(names('Bantuan disalurkan.\n\nKantor Pemulihan Wilayah mendata 40 rumah.', merged)).toEqual(['Kantor Pemulihan Wilayah'])
  })

  it('keeps the official name and the whole-office short names', () => {
    expect(names('Dinas Sosial, Tenaga Kerja dan Transmigrasi Kota Yogyakarta membuka pelatihan.')).toEqual([])
    expect(names('Foto: Donor darah di Balai Kota. (Humas Pemkot Yogyakarta)')).toEqual([])
    expect(names('Kantor Rehabilitasi dan Pemulihan Wilayah mendata 40 rumah.', merged)).toEqual([])
    expect(names('Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak membuka posko.', merged)).toEqual([])
  })
})
