import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const counts = onBody('number-consistency', 'Fasilitas Pengolahan Sampah Beroperasi')
const opening = 'Fasilitas pengolahan sampah di Nitikan mulai beroperasi, Senin (3/8/2026).'

describe('round 22: a capacity per period restated with its figure mistyped (number-consistency)', () => {
  it('reports one digit changed, the later framed as the capacity', () => {
    const body = `${opening} Fasilitas itu mengolah 30 ton sampah organik per hari.\n\nDengan kapasitas 20 ton per hari, fasilitas ini mengurangi kiriman ke TPA.`
    expect(counts(body)).toEqual(['20 ton per hari'])
  })

  it('reports swapped digits in a quote', () => {
    const body = `${opening} Fasilitas itu mampu mengolah 54 ton sampah per hari.\n\n"Dengan kapasitas 45 ton sampah per hari, fasilitas ini menampung seperlima sampah kota," katanya.`
    expect(counts(body)).toEqual(['45 ton sampah per hari'])
  })

  it('reports liters per hour', () => {
    const body = `${opening} Instalasi air bersih berkapasitas 250 liter per jam.\n\nPetugas menyebut instalasi itu mampu mengolah 520 liter per jam.`
    expect(counts(body)).toEqual(['520 liter per jam'])
  })

  it('reports kilograms a week, paragraphs apart', () => {
    const body = `${opening} Bank sampah menampung 180 kg plastik per pekan.\n\nWarga antusias.\n\nPengelola menyebut bank sampah berkapasitas 160 kg per pekan.`
    expect(counts(body)).toEqual(['160 kg per pekan'])
  })

  it('stays silent on an output beside the capacity', () => {
    const body = `${opening} Fasilitas itu mengolah 30 ton sampah per hari. Setiap hari fasilitas menghasilkan 3 ton kompos per hari.`
    expect(counts(body)).toEqual([])
  })

  it('stays silent on the same capacity restated', () => {
    const body = `${opening} Fasilitas itu mengolah 30 ton sampah per hari.\n\nDengan kapasitas 30 ton per hari, fasilitas ini mengurangi kiriman ke TPA.`
    expect(counts(body)).toEqual([])
  })

  it('stays silent on another period', () => {
    const body = `${opening} Fasilitas itu mengolah 30 ton sampah per hari.\n\nDengan kapasitas 20 ton per jam, mesin pencacah bekerja cepat.`
    expect(counts(body)).toEqual([])
  })

  it('stays silent on figures far apart', () => {
    const body = `${opening} Fasilitas itu mengolah 30 ton sampah per hari.\n\nFasilitas di wilayah utara nanti berkapasitas 75 ton per hari.`
    expect(counts(body)).toEqual([])
  })
})
