import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const counts = onBody('number-consistency', 'Layanan Kota')
const opening = 'Pemerintah kota memaparkan kondisi layanan, Senin (5/10/2026).'

describe('round 23: a quantity per period restated under the noun that named it, mistyped (number-consistency)', () => {
  it('reads the head noun of a long phrase against the same noun later, digits swapped', () => {
    const body = `${opening} Saat ini rata-rata timbulan sampah kota mencapai 236 ton per hari.\n\nPurwadi menjelaskan dengan timbulan 263 ton per hari, kota masih memerlukan fasilitas baru.`
    expect(counts(body)).toEqual(['263 ton per hari'])
  })

  it('reads litres per hour opening the later sentence', () => {
    const body = `${opening} Produksi air bersih instalasi baru mencapai 450 liter per jam.\n\nProduksi 540 liter per jam itu cukup untuk dua kampung.`
    expect(counts(body)).toEqual(['540 liter per jam'])
  })

  it('reads one digit changed and a weekly period', () => {
    const body = `${opening} Pasokan beras ke pasar murah sebanyak 36 ton per pekan.\n\nDinas memastikan pasokan 38 ton per pekan aman hingga Lebaran.`
    expect(counts(body)).toEqual(['38 ton per pekan'])
  })

  it('reads kilograms per day in one paragraph', () => {
    const body = `${opening} Konsumsi daging di rumah potong hewan rata-rata 720 kilogram per hari. Dengan konsumsi 270 kilogram per hari, stok dinilai cukup.`
    expect(counts(body)).toEqual(['270 kilogram per hari'])
  })

  it('stays silent when the same rate is restated', () => {
    const body = `${opening} Saat ini rata-rata timbulan sampah kota mencapai 236 ton per hari.\n\nDengan timbulan 236 ton per hari, kota memerlukan fasilitas baru.`
    expect(counts(body)).toEqual([])
  })

  it('stays silent on two kinds under a shared word', () => {
    const body = `${opening} Sampah organik mencapai 45 ton per hari.\n\nSementara itu sampah anorganik 54 ton per hari.`
    expect(counts(body)).toEqual([])
  })

  it('stays silent on a rate of another time', () => {
    const body = `${opening} Saat ini timbulan sampah kota mencapai 236 ton per hari.\n\nTahun lalu timbulan 263 ton per hari.`
    expect(counts(body)).toEqual([])
  })

  it('stays silent on another period', () => {
    const body = `${opening} Timbulan sampah kota mencapai 236 ton per hari.\n\nDengan timbulan 263 ton per jam di pasar induk, petugas ditambah.`
    expect(counts(body)).toEqual([])
  })
})
