import { describe, expect, it } from 'vitest'

import { check } from './helpers'

describe('unattributed-certainty', () => {
  it('reports certainty stated by the writer', () => {
    const findings = check('unattributed-certainty', 'Semua orang setuju program ini tepat. Tidak diragukan lagi, hasilnya terbukti. Tentu warga senang.')
    expect(findings.map((f) => f.excerpt)).toEqual(['Semua orang setuju', 'Tidak diragukan lagi', 'terbukti', 'Tentu'])
    expect(findings.every((f) => f.severity === 'warning')).toBe(true)
  })

  it('accepts hedged or sourced statements', () => {
    expect(check('unattributed-certainty', 'Hasilnya belum terbukti. Jadwal belum tentu berubah. Pada waktu tertentu layanan ditutup.')).toEqual([])
    expect(check('unattributed-certainty', 'Menurut hasil audit BPK, penggunaan anggaran terbukti sesuai aturan.').map((f) => f.severity)).toEqual(['info'])
  })

  it('covers English', () => {
    expect(check('unattributed-certainty', 'Clearly, everyone agrees with the plan.').map((f) => f.excerpt)).toEqual(['Clearly', 'everyone agrees'])
  })
})

describe('unattributed-certainty: round 13', () => {
  it('reports a forecast guaranteed in the writer\'s voice', () => {
    expect(check('unattributed-certainty', 'Taman baru ini dijamin akan menarik lebih banyak pengunjung.').map((f) => f.excerpt)).toEqual(['dijamin akan'])
    expect(check('unattributed-certainty', 'Pasar itu dijamin bakal ramai saat libur sekolah.').map((f) => f.excerpt)).toEqual(['dijamin bakal'])
    expect(check('unattributed-certainty', 'Setiap peserta dijamin akan mendapat sertifikat pelatihan.')).toEqual([])
  })
})
