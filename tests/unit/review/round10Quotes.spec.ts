import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const uq = onBody('unattributed-quote')

describe('round 10: quoted names are not quotations', () => {
  it('leaves an award, a theme or a programme in quotation marks alone', () => {
    expect(uq('Pemkot kembali meraih penghargaan "Kota Layak Anak Kategori Nindya" dari kementerian.')).toEqual([])
    expect(uq('Festival tahun ini bertema "merawat tradisi di tengah perubahan zaman" dan berlangsung tiga hari.')).toEqual([])
    expect(uq('Warga mengikuti "Gerakan Bersih Sungai dan Taman Kota" setiap Minggu pagi.')).toEqual([])
  })

  it('still reports an unattributed sentence in quotation marks', () => {
    expect(uq('Layanan dibuka pukul 08.00.\n\n"Kami akan terus memperbaiki layanan bagi warga."')).toEqual(['"Kami akan terus memperbaiki layanan bagi warga."'])
  })
})

describe('round 10: a speech verb that names no speaker', () => {
  it('reports a quote attributed only by a passive verb with no one named', () => {
    expect(uq('"Pelayanan akan dibuka setiap hari mulai pukul 08.00," demikian disampaikan dalam siaran pers.')).toHaveLength(1)
  })

  it('accepts a passive verb with its agent', () => {
    expect(uq('"Pelayanan dibuka setiap hari mulai pukul 08.00," disampaikan Kepala Dinas Sosial Budi Santoso.')).toEqual([])
    expect(uq('"Pelayanan dibuka setiap hari mulai pukul 08.00," disampaikannya di balai kota.')).toEqual([])
  })

  it('does not take a delivery of goods or a declared status for speech', () => {
    expect(uq('Bantuan itu disampaikan kepada 40 keluarga.\n\n"Kami akan menambah penerima tahun depan."')).toHaveLength(1)
    expect(uq('Sebanyak 20 siswa dinyatakan lulus seleksi.\n\n"Kami bangga dengan capaian anak-anak ini."')).toHaveLength(1)
    expect(uq('Kepala sekolah menyampaikan bantuan kepada siswa.\n\n"Kami akan menambah penerima tahun depan."')).toHaveLength(1)
  })

  it('still accepts speech about deliveries', () => {
    // Since round 13 the quotation needs its own speaker when it stands alone as a paragraph ("…," ujarnya).
    expect(uq('Kepala Dinas Sosial menyampaikan bahwa bantuan tahap dua segera cair.\n\n"Kami akan menambah penerima tahun depan," ujarnya.')).toEqual([])
  })
})
