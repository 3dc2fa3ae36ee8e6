import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const money = onBody('money-consistency', 'Bantuan Disalurkan')
const opening = 'Pemerintah kota menyalurkan bantuan kepada warga, Senin (3/8/2026).'

describe('round 23: an amount each receiver gets restated as a rate per that receiver (money-consistency)', () => {
  it('reports the rate whose figure is a digit slip, under another word for the sum', () => {
    const body = `${opening} Setiap siswa menerima bantuan Rp1,2 juta yang ditransfer ke rekening.\n\nPetugas memeriksa data penerima. Dengan besaran Rp1,5 juta per siswa, dana tersebut disalurkan dalam satu tahap.`
    expect(money(body)).toEqual(['Rp1,5 juta'])
  })

  it('reports a rate of the same sum with another figure, the thing qualified only once', () => {
    const body = `${opening} Setiap rumah mendapat bantuan stimulan senilai Rp20 juta dalam bentuk bahan bangunan.\n\nPekerjaan dimulai Mei. Kepala bidang menjelaskan bantuan Rp17,5 juta per rumah tidak diberikan tunai.`
    expect(money(body)).toEqual(['Rp17,5 juta'])
  })

  it('reads the rate first and the receiving frame later', () => {
    const body = `${opening} Hibah Rp22,5 juta untuk setiap kelompok dicairkan bulan ini.\n\nVerifikasi dilakukan kelurahan. Masing-masing kelompok memperoleh hibah sebesar Rp25 juta setelah laporan diterima.`
    expect(money(body)).toEqual(['Rp22,5 juta'])
  })

  it('reads a rate after a verb of its own with a thousands figure', () => {
    const body = `${opening} Tiap lansia mendapat santunan Rp350.000 dari kas daerah.\n\nSantunan dibagikan di balai kelurahan. Santunan disalurkan Rp530.000 per lansia melalui kantor pos.`
    expect(money(body)).toEqual(['Rp530.000'])
  })

  it('stays silent when the rate restates the same amount', () => {
    const body = `${opening} Setiap siswa menerima bantuan Rp1,2 juta.\n\nDengan besaran Rp1,2 juta per siswa, dana tersebut disalurkan dalam satu tahap.`
    expect(money(body)).toEqual([])
  })

  it('stays silent on two kinds of a sum for one receiver', () => {
    const body = `${opening} Setiap peserta mendapat uang saku Rp100.000 selama pelatihan.\n\nPanitia juga menyiapkan konsumsi. Uang transport Rp75.000 per peserta dibayarkan pada hari terakhir.`
    expect(money(body)).toEqual([])
  })

  it('stays silent on a rate per month beside a one-off amount', () => {
    const body = `${opening} Setiap siswa menerima bantuan Rp1,2 juta.\n\nSelain itu, bantuan Rp150.000 per bulan diberikan untuk transportasi.`
    expect(money(body)).toEqual([])
  })

  it('stays silent on a rate of another time', () => {
    const body = `${opening} Setiap rumah mendapat bantuan Rp20 juta.\n\nTahun lalu bantuan Rp17,5 juta per rumah diberikan kepada 50 keluarga.`
    expect(money(body)).toEqual([])
  })

  it('stays silent on a similar grant of a past year', () => {
    const body = `${opening} Setiap kampung menerima hibah Rp15 juta untuk penataan lingkungan.\n\nPada 2025, hibah serupa diberikan kepada 152 kampung dengan nilai Rp12,5 juta per kampung.`
    expect(money(body)).toEqual([])
  })

  it('stays silent on two prices per unit of measure', () => {
    const body = `${opening} Setiap pembeli mendapat beras seharga Rp12.000 per kilogram.\n\nGula dijual Rp15.000 per kilogram di lapak yang sama.`
    expect(money(body)).toEqual([])
  })
})
