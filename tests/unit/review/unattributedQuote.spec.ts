import { describe, expect, it } from 'vitest'

import { check, excerpts } from './helpers'

describe('unattributed-quote', () => {
  it('reports a direct quote with no speaker or speech verb nearby', () => {
    const body = 'Pasar Kranggan kembali dibuka.\n\n"Kami akan menata ulang seluruh los pedagang tahun ini."\n\nPembangunan menelan biaya Rp2 miliar.'
    const findings = check('unattributed-quote', body)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ severity: 'warning', category: 'accuracy' })
    expect(body.slice(findings[0].start, findings[0].end)).toBe(findings[0].excerpt)
    expect(findings[0].excerpt.startsWith('"Kami akan')).toBe(true)
  })

  it('also reads typographic quotes', () => {
    expect(check('unattributed-quote', '“Kami akan menata ulang seluruh los pedagang tahun ini.”')).toHaveLength(1)
  })

  it('accepts the usual attribution forms', () => {
    for (const body of [
      '"Kami akan menata ulang seluruh los pedagang," kata Kepala Dinas Perdagangan Yunianto Dwisutono.',
      '“Kami akan menata ulang seluruh los pedagang,” ujarnya.',
      'Kepala Dinas Perdagangan mengatakan, "Kami akan menata ulang seluruh los pedagang."',
      'Yunianto Dwisutono: "Kami akan menata ulang seluruh los pedagang."',
      'Menurut Yunianto, "penataan dimulai bulan depan setelah lebaran."',
      'Kepala Dinas Perdagangan Yunianto Dwisutono menyampaikan rencana penataan:\n\n"Kami akan menata ulang seluruh los pedagang."',
      'Kepala Dinas Perdagangan Yunianto Dwisutono menyampaikan rencana penataan.\n\n"Kami akan menata ulang seluruh los pedagang," katanya.',
      '"We will rebuild every stall in the market this year," the mayor said.',
    ]) {
      expect(check('unattributed-quote', body), body).toEqual([])
    }
  })

  it('does not treat quoted names and terms as direct quotes', () => {
    expect(check('unattributed-quote', 'Program "Jogja Bersih" dan aplikasi "Jogja Smart Service" diluncurkan.')).toEqual([])
  })

  it('does not count an ambiguous word far from the quote ("kata" as a noun)', () => {
    expect(check('unattributed-quote', '"Kami akan menata ulang seluruh los pedagang." Kata kunci program ini adalah penataan.')).toHaveLength(1)
  })
})

describe('unattributed-quote: round 13', () => {
  it('reports a quotation standing alone as a paragraph after indirect speech', () => {
    expect(check('unattributed-quote', 'Ketua panitia mengatakan lomba diikuti 30 regu. Juri berasal dari tiga sanggar.\n\n"Yang penting anak-anak berani tampil di depan umum."')).toHaveLength(1)
  })
})

describe('unattributed-quote: round 14 (clean copy)', () => {
  it('gives a quotation running over two paragraphs to the speaker named where it closes', () => {
    const body =
      'Sekolah itu menampung 80 siswa.\n\n"Kami ingin tidak ada anak yang berhenti sekolah karena biaya. Buku dan seragam kami sediakan.\n\n"Orang tua cukup datang mendaftar," kata kepala sekolah, Rahmat.'
    expect(excerpts('unattributed-quote', body)).toEqual([])
  })

  it('gives the continuation paragraph of a quotation to the speaker who opened it', () => {
    const body = 'Kepala sekolah Rahmat mengatakan, "Kami ingin tidak ada anak yang berhenti sekolah.\n\n"Buku dan seragam kami sediakan untuk semua siswa baru."'
    expect(excerpts('unattributed-quote', body)).toEqual([])
  })

  it('gives a standalone quotation framed by one speaker before and after to that speaker', () => {
    const body =
      'Petugas gizi, Wulan Sari, mengatakan balita ditimbang setiap bulan.\n\n"Banyak ibu tidak tahu anaknya kurang gizi sampai kami menimbangnya."\n\nWulan menambahkan, kelas memasak digelar setiap Kamis.'
    expect(excerpts('unattributed-quote', body)).toEqual([])
    expect(excerpts('unattributed-quote', body.replace('Wulan menambahkan, kelas', 'Kelas'))).toHaveLength(1)
    expect(excerpts('unattributed-quote', body.replace('Wulan menambahkan, kelas', 'Ia mengatakan kelas'))).toEqual([])
  })
})

describe('unattributed-quote: round 14, phase 2', () => {
  it('gives a quotation missing its closing mark before the speech tag to that speaker', () => {
    expect(excerpts('unattributed-quote', 'Warga panik.\n\n"Suaranya keras sekali. Kami langsung keluar rumah, kata Parmi.')).toEqual([])
  })

  it('reports the quotation up to the end of its first sentence', () => {
    const quote = 'Gotong royong di kampung ini bukan cuma soal membersihkan selokan, tetapi soal saling menjaga satu sama lain.'
    expect(excerpts('unattributed-quote', `Kerja bakti digelar setiap bulan.\n\n"${quote} Itu yang kami rawat."\n\nSampah diangkut sore harinya.`)).toEqual([`"${quote}`])
  })
})
