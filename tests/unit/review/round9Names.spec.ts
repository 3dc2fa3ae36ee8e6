import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

describe('round 9: name-consistency tells different people and places apart', () => {
  it('does not compare two fully named people whose other name words differ', () => {
    const body =
      'Lurah Budi Harsono membuka acara pada Senin (12/10). Ketua RW, Agus Hartono, menyebut warga sudah menyiapkan lokasi. Menurut Harsono, kegiatan digelar setiap bulan.'
    expect(excerpts('name-consistency', body)).toEqual([])
  })

  it('does not compare a river with a person', () => {
    const body = 'Talud di tepi Sungai Winongo ambrol pada Senin (12/10). Lurah Winongi Prasetyo meninjau lokasi bersama warga. Air Sungai Winongo masih tinggi.'
    expect(excerpts('name-consistency', body)).toEqual([])
  })

  it('still reports one person written two ways, and one place written two ways', () => {
    expect(excerpts('name-consistency', 'Lurah Budi Harsono membuka acara. Menurut Budi Hartono, kegiatan digelar setiap bulan.')).toHaveLength(1)
    expect(excerpts('name-consistency', 'Lurah Budi Harsono membuka acara. Menurut Hartono, kegiatan digelar setiap bulan.')).toHaveLength(1)
    expect(excerpts('name-consistency', 'Talud di tepi Sungai Winongo ambrol. Air Sungai Winongi masih tinggi.')).toHaveLength(1)
  })
})

describe('round 9 (phase 2): a street named after a person is a place', () => {
  it('does not compare a street name of several words with a person', () => {
    const body = 'Rapat digelar di Gedung DPRD, Jalan Ipda Tut Harsono, Rabu (23/9). Sekretaris Daerah, Hartono Widiatmoko, menjelaskan tambahan belanja. "Kami prioritaskan drainase," kata Hartono.'
    expect(excerpts('name-consistency', body)).toEqual([])
  })
})
