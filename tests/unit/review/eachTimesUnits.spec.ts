import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const counts = onBody('number-consistency', 'Layanan Baru Dibuka')
const opening = 'Pemerintah Kota Yogyakarta membuka layanan baru, Senin (12/10/2026).'

describe('round 22: a count for each unit times the units against the whole restated for all units (number-consistency)', () => {
  it('reports the whole restated with a collective of the units', () => {
    const body = `${opening} Dishub mengoperasikan dua rute baru.\n\nMasing-masing rute dilayani 8 armada bus sedang.\n\nNilai itu mencakup operasional 18 bus untuk kedua rute.`
    expect(counts(body)).toEqual(['18 bus'])
  })

  it('reports a whole for "seluruh" units counted before in digits', () => {
    const body = `${opening} Dinas membuka 6 posko kesehatan.\n\nSetiap posko dijaga 4 petugas kesehatan.\n\nDinas menyiapkan 42 petugas untuk seluruh posko.`
    expect(counts(body)).toEqual(['42 petugas'])
  })

  it('reports a whole with its digits swapped, the units a collective of four', () => {
    const body = `${opening}\n\nTiap kelurahan mendapat 12 tempat sampah terpilah.\n\nSebanyak 84 tempat sampah dipasang di keempat kelurahan.`
    expect(counts(body)).toEqual(['84 tempat'])
  })

  it('reports a count for each unit in words', () => {
    const body = `${opening} Lomba diikuti 5 regu.\n\nMasing-masing regu beranggotakan sembilan pemain.\n\nPanitia mencetak 54 kaus bagi seluruh regu.\n\nSebanyak 46 pemain di kelima regu sudah mendaftar ulang.`
    expect(counts(body)).toEqual(['46 pemain'])
  })

  it('stays silent when the whole is the product', () => {
    const body = `${opening} Dishub mengoperasikan dua rute baru.\n\nMasing-masing rute dilayani 8 armada bus.\n\nNilai itu mencakup operasional 16 bus untuk kedua rute.`
    expect(counts(body)).toEqual([])
  })

  it('stays silent on a whole far from the product', () => {
    const body = `${opening} Dinas membuka 6 posko.\n\nSetiap posko dijaga 4 petugas.\n\nDinas menyiapkan 60 petugas untuk seluruh posko, termasuk cadangan.`
    expect(counts(body)).toEqual([])
  })

  it('stays silent on a whole of another noun', () => {
    const body = `${opening} Dishub mengoperasikan dua rute baru.\n\nMasing-masing rute dilayani 8 armada bus.\n\nSebanyak 18 halte dibangun untuk kedua rute.`
    expect(counts(body)).toEqual([])
  })

  it('stays silent when the units are not counted', () => {
    const body = `${opening}\n\nMasing-masing rute dilayani 8 armada bus.\n\nNilai itu mencakup operasional 18 bus untuk seluruh rute.`
    expect(counts(body)).toEqual([])
  })
})
