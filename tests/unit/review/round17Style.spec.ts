import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'
import type { RuleId } from '@/review/types'

const found = (title: string, body: string, rules?: RuleId[]) =>
  analyzeArticle({ title, body, publishedAt: '2026-10-12' }, rules ? { rules } : {})
    .filter((f) => f.severity !== 'info' || f.rule === 'typo')
    .map((f) => [f.rule, f.excerpt])

describe('round 17: one finding per phrase of wording', () => {
  it('merges degree words of one sentence into one intensifier finding and folds the praise inside it', () => {
    const body = 'Sajian penutupnya sungguh sangat luar biasa harum sekali dan benar-benar memikat lidah.'
    expect(found('Pameran Kue', body, ['intensifier', 'puffery'])).toEqual([['intensifier', 'sungguh sangat luar biasa harum sekali dan benar-benar']])
  })

  it('merges a run of praise words into one puffery finding', () => {
    const body = 'Pertunjukan itu menghadirkan panggung yang luar biasa menakjubkan, megah, dan memukau.'
    expect(found('Pentas Tari', body, ['puffery'])).toEqual([['puffery', 'luar biasa menakjubkan, megah, dan memukau']])
  })

  it('does not merge findings of one rule far apart or in different sentences', () => {
    const far = 'Taman itu megah, kata petugas yang setiap pagi menyapu jalan setapak di sisi utara yang spektakuler.'
    expect(found('Taman Kota', far, ['puffery'])).toHaveLength(2)
    const apart = 'Taman itu megah. Air mancurnya spektakuler.'
    expect(found('Taman Kota', apart, ['puffery'])).toHaveLength(2)
  })

  it('reads a lone degree word before a praise word as the degree of the praise', () => {
    expect(found('Lomba Kampung', 'Penataan kampung itu sangat membanggakan.', ['intensifier', 'puffery'])).toEqual([['puffery', 'sangat membanggakan']])
    expect(found('Lomba Kampung', 'Suasana malam itu sangat riuh dan penuh kehangatan.', ['intensifier', 'puffery'])).toEqual([['puffery', 'sangat riuh dan penuh kehangatan']])
  })

  it('keeps "benar-benar" before a praise word as an intensifier of its own', () => {
    expect(found('Festival', 'Festival tahun ini benar-benar spektakuler.', ['intensifier', 'puffery'])).toEqual([
      ['intensifier', 'benar-benar'],
      ['puffery', 'spektakuler'],
    ])
  })

  it('folds a degree word inside an exclamation', () => {
    expect(found('Banjir', 'Sungguh memilukan! Air setinggi dada merendam rumah.', ['intensifier', 'exclamation'])).toEqual([['exclamation', 'Sungguh memilukan!']])
  })

  it('keeps separate claims of loaded language and superlatives', () => {
    const body = 'Pejabat yang visioner itu dengan sigap menambal jalan.'
    expect(found('Jalan', body, ['loaded-language']).length).toBeGreaterThanOrEqual(1)
    const claims = 'Perpustakaan ini tercanggih di Asia Tenggara dan tak tertandingi.'
    expect(found('Perpustakaan', claims, ['unsourced-superlative'])).toHaveLength(2)
  })
})

describe('round 17: "benar-benar" as a condition to be met', () => {
  it('is no intensifier after a word of checking, purpose or waiting', () => {
    expect(found('Bantuan', 'Petugas turun ke lapangan untuk memastikan bantuan benar-benar diterima lansia.', ['intensifier'])).toEqual([])
    expect(found('Bantuan', 'Pemkot menunda pencairan supaya dananya benar-benar tepat sasaran.', ['intensifier'])).toEqual([])
    expect(found('Tanggul', 'Warga menunggu hingga tanggul benar-benar kering.', ['intensifier'])).toEqual([])
  })

  it('still reports it as the writer\'s degree', () => {
    expect(found('Pasar', 'Pasar baru itu benar-benar nyaman.', ['intensifier'])).toEqual([['intensifier', 'benar-benar']])
  })
})

describe('round 17: supervision is no credit', () => {
  it('does not read a coach\'s or teacher\'s direction as credit to an official', () => {
    expect(found('Latihan Paduan Suara', 'Anggota paduan suara berlatih di bawah arahan pelatih, Markus Wijaya.', ['writer-credit'])).toEqual([])
    expect(found('Latihan', 'Siswa menari di bawah arahan guru tari sanggar.', ['writer-credit'])).toEqual([])
  })

  it('still reads leadership as credit', () => {
    expect(found('Kota', 'Di bawah kepemimpinan Wali Kota, layanan publik kian baik.', ['writer-credit'])).toHaveLength(1)
  })
})

describe('round 17: a teaser over a list the body gives', () => {
  it('is service information when the body introduces the list', () => {
    const body = 'Pendaftaran lomba dibuka pekan ini.\n\nPersyaratan peserta adalah sebagai berikut:\n- berusia 10 sampai 15 tahun;\n- membawa surat izin orang tua.'
    expect(found('Lomba Mewarnai Dibuka, Ini Persyaratannya', body, ['clickbait'])).toEqual([])
  })

  it('is still a teaser when the body gives no such list', () => {
    expect(found('Pasar Malam Ramai, Ini Persyaratannya', 'Pasar malam ramai pengunjung sejak sore.', ['clickbait'])).toHaveLength(1)
  })
})

describe('round 17: name spellings', () => {
  it('reports the minority spelling when short references count for their form', () => {
    const body =
      'Ketua panitia, Djoko Santosa, membuka acara. "Kami senang," kata Joko.\n\nJoko menambahkan, lomba digelar tiap tahun.\n\nMenurut Joko Santosa, hadiah dibagikan sore.'
    const names = found('Lomba Layang-layang', body, ['name-consistency'])
    expect(names).toHaveLength(1)
    expect(names[0][1]).toContain('Djoko')
  })

  it('compares short given names one letter apart before the same two name words', () => {
    const body = 'Pemateri, Anna Maria Kusumawati, menjelaskan cara membuat kompos. Menurut Anna, sampah dapur bisa diolah.\n\nAna Maria Kusumawati berharap warga mencoba di rumah.'
    const names = found('Pelatihan Kompos', body, ['name-consistency'])
    expect(names).toHaveLength(1)
    expect(names[0][1]).toMatch(/^Ana Maria/)
  })

  it('does not compare short names that share only one name word', () => {
    const body = 'Juara pertama diraih Dewi Sari, juara kedua diraih Dewi Sara.'
    expect(found('Lomba Pidato', body, ['name-consistency'])).toEqual([])
  })
})

describe('round 17: a degree word of another adjective', () => {
  it('stays an intensifier when the praise word is further off', () => {
    expect(found('Pasar Murah', 'Harga di pasar itu sangat murah dan pelayanannya spektakuler.', ['intensifier', 'puffery']).map((f) => f[0])).toContain('intensifier')
  })
})
