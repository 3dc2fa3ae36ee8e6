import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const parts = onBody('parts-total', 'Tarif Parkir Baru')

describe('round 22: an amount paid a counted number of times counts that many times (parts-total)', () => {
  it('stays silent on a fee worked out with "dua kali"', () => {
    expect(parts('Mobil yang parkir tiga jam membayar Rp11.000, yaitu Rp5.000 untuk jam pertama ditambah dua kali Rp3.000.')).toEqual([])
  })

  it('stays silent on a count in digits and a fee in thousands written in full', () => {
    expect(parts('Biaya kursus Rp1.750.000, yakni pendaftaran Rp250.000 dan 3 kali Rp500.000 untuk tiap bulan.')).toEqual([])
  })

  it('stays silent on "tiga kali" after a breakdown with "terdiri atas"', () => {
    expect(parts('Total iuran Rp160.000 terdiri atas Rp40.000 uang pangkal dan tiga kali Rp40.000 iuran bulanan.')).toEqual([])
  })

  it('stays silent on a count of times in a caption', () => {
    expect(parts('Foto: Pengunjung membayar Rp35.000, yaitu tiket masuk Rp15.000 dan dua kali Rp10.000 untuk wahana.')).toEqual([])
  })

  // A part one digit off from adding up draws the excerpt over it (`slippedPartAnchors.spec.ts`).
  it('reports a fee that does not match the times counted', () => {
    expect(parts('Mobil yang parkir tiga jam membayar Rp12.000, yaitu Rp5.000 untuk jam pertama ditambah dua kali Rp3.000.')).toEqual(['Rp12.000, yaitu Rp5.000 untuk jam pertama ditambah dua kali Rp3.000'])
  })

  it('reports a fee that adds the amount once where it is paid twice', () => {
    expect(parts('Sepeda motor yang parkir tiga jam membayar Rp8.000, yaitu Rp3.000 untuk jam pertama ditambah dua kali Rp2.000.')).toEqual(['Rp8.000, yaitu Rp3.000 untuk jam pertama ditambah dua kali Rp2.000'])
  })

  it('reports a breakdown with "tiga kali" summing above the total', () => {
    expect(parts('Total iuran Rp140.000 terdiri atas Rp40.000 uang pangkal dan tiga kali Rp40.000 iuran bulanan.')).toEqual(['Rp140.000 terdiri atas Rp40.000 uang pangkal dan tiga kali Rp40.000 iuran bulanan'])
  })

  it('reports a count of times in a caption summing below the total', () => {
    expect(parts('Foto: Pengunjung membayar Rp45.000, yaitu tiket masuk Rp15.000 dan dua kali Rp10.000 untuk wahana.')).toEqual(['Rp45.000, yaitu tiket masuk Rp15.000 dan dua kali Rp10.000 untuk wahana'])
  })
})
