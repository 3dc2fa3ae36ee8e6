import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const money = onBody('money-consistency', 'Kunjungan Wisata Lebaran Naik')

describe('round 22: an amount named by the next sentence\'s demonstrative subject (money-consistency)', () => {
  it('reports a power of ten against the amount written in words', () => {
    const body = 'Perputaran uang di objek wisata milik kota mencapai dua setengah miliar rupiah. Pendapatan itu berasal dari tiket dan parkir.\n\nWakil Wali Kota meminta pendapatan Rp25 miliar dari objek wisata tidak membuat pengelola berpuas diri.'
    expect(money(body)).toEqual(['Rp25 miliar'])
  })

  it('reports digits reordered for a grant named by "tersebut"', () => {
    const body = 'Kampung menerima kucuran Rp1,45 miliar dari provinsi. Hibah tersebut dipakai untuk talud.\n\nPengurus kampung melaporkan penggunaan hibah Rp1,54 miliar kepada dinas.'
    expect(money(body)).toEqual(['Rp1,54 miliar'])
  })

  it('reports a power of ten for a budget named in the next sentence', () => {
    const body = 'Proyek drainase menelan Rp3,2 miliar. Anggaran itu bersumber dari APBD.\n\nDinas memastikan anggaran Rp32 miliar terserap tahun ini.'
    expect(money(body)).toEqual(['Rp32 miliar'])
  })

  it('reports a reference back in a later paragraph', () => {
    const body = 'Warga mengumpulkan Rp465 juta dalam sebulan. Donasi itu disalurkan ke korban banjir.\n\nPanitia menyebut donasi Rp456 juta sudah diterima korban.'
    expect(money(body)).toEqual(['Rp456 juta'])
  })

  it('stays silent when the amount\'s own sentence gives another figure', () => {
    const body = 'Perputaran uang mencapai dua setengah miliar rupiah selama 7 hari. Pendapatan itu berasal dari tiket.\n\nPemkot menargetkan pendapatan Rp25 miliar setahun.'
    expect(money(body)).toEqual([])
  })

  it('stays silent when the next sentence names no thing', () => {
    const body = 'Perputaran uang di objek wisata mencapai dua setengah miliar rupiah. Angka itu naik dari tahun lalu.\n\nPemkot menargetkan pendapatan Rp25 miliar setahun.'
    expect(money(body)).toEqual([])
  })

  it('stays silent when the amounts agree', () => {
    const body = 'Perputaran uang di objek wisata mencapai dua setengah miliar rupiah. Pendapatan itu berasal dari tiket.\n\nPendapatan Rp2,5 miliar itu naik dari tahun lalu.'
    expect(money(body)).toEqual([])
  })

  it('stays silent on another thing named after', () => {
    const body = 'Perputaran uang di objek wisata mencapai dua setengah miliar rupiah. Retribusi itu dipungut di pintu masuk.\n\nPemkot menargetkan pendapatan Rp25 miliar setahun.'
    expect(money(body)).toEqual([])
  })
})
