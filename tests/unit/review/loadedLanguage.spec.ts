import { describe, expect, it } from 'vitest'

import { check } from './helpers'

describe('loaded-language', () => {
  it('reports praise and blame in the writer voice', () => {
    const findings = check('loaded-language', 'Wali Kota dengan sigap menangani banjir, sementara pengembang gagal total dan membual soal izin.')
    expect(findings.map((f) => [f.excerpt, f.severity])).toEqual([
      ['dengan sigap', 'warning'],
      ['gagal total', 'warning'],
      ['membual', 'warning'],
    ])
  })

  it('accepts neutral reporting of the same facts', () => {
    expect(check('loaded-language', 'Wali Kota meninjau lokasi banjir dua jam setelah laporan masuk. Proyek itu belum selesai.')).toEqual([])
  })

  it('reports quoted or attributed judgement as info', () => {
    expect(check('loaded-language', '"Petugas bekerja dengan sigap sejak subuh," kata Camat Umbulharjo.').map((f) => f.severity)).toEqual(['info'])
  })

  it('covers English', () => {
    expect(check('loaded-language', 'The visionary mayor tirelessly led the project.').map((f) => f.excerpt)).toEqual(['visionary', 'tirelessly'])
  })
})
