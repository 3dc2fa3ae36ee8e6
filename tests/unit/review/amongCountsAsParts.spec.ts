import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const parts = onBody('parts-total', 'Pendataan Penduduk Nonpermanen')

describe('round 22: a count marked as one of an earlier whole is no whole of the rest (parts-total)', () => {
  it('stays silent on "di antaranya" opening a list closed by "lainnya"', () => {
    expect(parts('Tahun lalu tercatat 48.720 penduduk nonpermanen. Sebanyak 31.540 orang di antaranya berstatus mahasiswa, 14.230 orang pekerja, dan 2.950 orang lainnya pendamping keluarga.')).toEqual([])
  })

  it('stays silent on "dari jumlah itu" with smaller figures', () => {
    expect(parts('Dinas mencatat 120 pendaftar. Sebanyak 70 pelamar dari jumlah itu lulusan SMA, 30 pelamar lulusan SMK, dan 20 pelamar lainnya lulusan perguruan tinggi.')).toEqual([])
  })

  it('stays silent on "dari jumlah tersebut" in a caption', () => {
    expect(parts('Foto: Petugas mendata 260 pelaku usaha. Sebanyak 150 pedagang dari jumlah tersebut berjualan pakaian, 80 pedagang makanan, dan 30 pedagang lainnya kerajinan.')).toEqual([])
  })

  it('stays silent when the earlier whole uses another noun', () => {
    expect(parts('Posko menampung 95 pengungsi. Sebanyak 52 orang di antaranya perempuan, 28 orang anak-anak, dan 15 orang lainnya lansia.')).toEqual([])
  })

  it('still reports a whole and its rest that do not add up', () => {
    expect(parts('Sebanyak 60 proposal masuk ke panitia. Sebanyak 38 proposal lolos, sedangkan 19 proposal lainnya dikembalikan.')).toEqual(['60 proposal'])
  })

  it('still reports another noun\'s whole with two parts', () => {
    expect(parts('Dinas menerima 75 usulan. Sebanyak 48 usulan disetujui, sedangkan 24 usulan lainnya ditolak.')).toEqual(['75 usulan'])
  })

  it('still reports a whole followed by "di" and a place', () => {
    expect(parts('Panitia menerima 60 proposal di balai kota. Sebanyak 38 proposal lolos, sedangkan 19 proposal lainnya dikembalikan.')).toEqual(['60 proposal'])
  })

  it('still reports a whole named with "seluruhnya"', () => {
    expect(parts('Seluruhnya ada 80 warga terdampak. Sebanyak 41 warga mengungsi, sedangkan 35 warga lainnya bertahan.')).toEqual(['80 warga'])
  })
})
