import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const formats = (body: string) => excerpts('number-format', body)

describe('number-format: English separators in Indonesian copy (round 19)', () => {
  it('reports a comma grouping thousands in rupiah and in counts', () => {
    expect(formats('Tiket masuk dijual Rp27,500 per orang dan telah dibeli oleh 12,400 pengunjung.')).toEqual(['Rp27,500', '12,400'])
    expect(formats('Dana yang disalurkan kepada 3,250,000 penerima manfaat tercatat di sistem.')).toEqual(['3,250,000'])
  })

  it('reports a decimal point before a measurement unit', () => {
    expect(formats('Rute lari sepanjang 7.5 km itu melewati alun-alun dan jembatan yang baru diperbaiki.')).toEqual(['7.5 km'])
    expect(formats('Petugas mengangkut 2.25 ton sampah dari pasar tersebut.')).toEqual(['2.25 ton'])
  })

  it('accepts Indonesian decimals, thousands and clock times', () => {
    expect(
      formats('Pagu Rp2,750 miliar untuk 1,250 ton beras; hujan 0,125 meter; 4.500 warga hadir pukul 07.30 di jalur 3,5 kilometer yang dibuka dari 10.15 hingga 12.00.'),
    ).toEqual([])
  })

  it('accepts English figures in an English release', () => {
    expect(formats('The city spent Rp27,500 on each of the 12,400 visitors and built a 7.5 km track.')).toEqual([])
  })
})
