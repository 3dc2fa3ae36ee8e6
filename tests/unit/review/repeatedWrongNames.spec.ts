import { describe, expect, it } from 'vitest'

import { seedOfficialNames } from '@/review/registry/seedOfficialNames'

import { brief, check } from './helpers'

// Round 24: one wrong office or title name written again later in the same article is one correction for the editor
// (replace it throughout): the first is the warning, each repeat a hint (info). Different wrong names, or one written
// once, stay warnings each. Sentences of my own.

const names = (title: string, body: string) =>
  brief(check('official-name', { title, body, publishedAt: '2026-06-10' }, { registry: seedOfficialNames }))

describe('round 24: a wrong name repeated in one article', () => {
  it('warns at the first and hints at each repeat, in any field and paragraph', () => {
    expect(names('Disdik Buka Kelas Coding', 'Kelas digelar di kantor Disdik, Jalan Hayam Wuruk.')).toEqual([
      ['Disdik', 'warning'],
      ['Disdik', 'info'],
    ])
    expect(names('Pendaftaran Dibuka', 'BLH membagikan bibit.\n\nPetugas BLH juga memeriksa taman.\n\nMenurut BLH, bibit cukup.')).toEqual([
      ['BLH', 'warning'],
      ['BLH', 'info'],
      ['BLH', 'info'],
    ])
    expect(names('Wali Kota Resmikan Taman', 'Sekkot membuka rapat. Dalam rapat itu SEKKOT meminta laporan.')).toEqual([
      ['Sekkot', 'warning'],
      ['SEKKOT', 'info'],
    ])
    expect(names('Dinas Kominfo Latih Warga', 'Pelatihan diberikan oleh Dinas  Kominfo selama tiga hari.')).toEqual([
      ['Dinas Kominfo', 'warning'],
      ['Dinas  Kominfo', 'info'],
    ])
  })

  it('keeps a warning for each different wrong name and for a name written once', () => {
    expect(names('Disdik Buka Kelas', 'BLH membagikan bibit.')).toEqual([
      ['Disdik', 'warning'],
      ['BLH', 'warning'],
    ])
    expect(names('Pelatihan Warga', 'Disdik dan Disdikbud menggelar lomba.')).toEqual([
      ['Disdik', 'warning'],
      ['Disdikbud', 'warning'],
    ])
    expect(names('Pelatihan Warga', 'Kepala Kelurahan membuka acara.')).toEqual([['Kepala Kelurahan', 'warning']])
    expect(names('Pelatihan Warga', 'Dinas Lingkungan Hidup membagikan bibit. Dinas Lingkungan Hidup juga memeriksa taman.')).toEqual([])
  })
})
