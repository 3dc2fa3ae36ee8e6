import { describe, expect, it } from 'vitest'

import { compileLexicon } from '@/review/compileLexicon'
import { articleFacts } from '@/review/facts/quantityFacts'
import { prepareArticle } from '@/review/prepareArticle'

const lexicon = compileLexicon()
/** Each fact of a one-paragraph body as "excerpt|role|head". */
const facts = (body: string) =>
  articleFacts(prepareArticle({ title: 'Berita', body, publishedAt: '2026-10-12' }, lexicon)).flatMap((s) => s.facts.map((f) => `${f.excerpt}|${f.role}|${f.head}`))
const sentences = (body: string) => articleFacts(prepareArticle({ title: 'Berita', body, publishedAt: '2026-10-12' }, lexicon))

describe('round 24: the fact model reads quantities with their roles (quantityFacts)', () => {
  it.each([
    ['Total hadiah yang diserahkan Rp60 juta untuk para pemenang.', 'Rp60 juta|total|hadiah'],
    ['Jumlah penerima tahun ini 412 keluarga di empat kelurahan.', '412 keluarga|total|keluarga'],
    ['Seluruhnya 96 peserta mengikuti ujian praktik.', '96 peserta|total|peserta'],
    ['Secara keseluruhan realisasi belanja mencapai Rp8,4 miliar.', 'Rp8,4 miliar|total|belanja'],
    ['Totalnya sebanyak 1.250 bibit dibagikan kepada kelompok tani.', '1.250 bibit|total|bibit'],
    ['Jumlahnya ada 37 titik yang diperbaiki pekan ini.', '37 titik|total|titik'],
  ])('a total: %s', (body, fact) => expect(facts(body)).toContain(fact))

  it.each([
    ['Dana itu untuk jalan Rp2 miliar, drainase Rp1,5 miliar, dan taman Rp500 juta.', ['Rp2 miliar|part|dana', 'Rp1,5 miliar|part|dana', 'Rp500 juta|part|']],
    ['Penerima terdiri atas 120 pelajar, 80 mahasiswa, dan 40 guru.', ['120 pelajar|part|pelajar', '80 mahasiswa|part|mahasiswa', '40 guru|part|guru']],
    ['Sumur dibangun di Tegalrejo 30 unit dan Jetis 25 unit.', ['30 unit|part|unit', '25 unit|part|unit']],
    ['Beras dibagi ke Pasar A 7 ton, Pasar B 5 ton serta Pasar C 4 ton.', ['7 ton|part|ton', '5 ton|part|ton', '4 ton|part|ton']],
    ['Pengaspalan 28 ruas dengan anggaran Rp9,4 miliar, paving 24 ruas senilai Rp5,1 miliar.', ['Rp9,4 miliar|part|anggaran', 'Rp5,1 miliar|part|anggaran']],
    ['Sebanyak delapan belas relawan laki-laki dan dua belas relawan perempuan ikut.', ['delapan belas relawan|part|relawan', 'dua belas relawan|part|relawan']],
  ])('parts of a list: %s', (body, expected) => expect(facts(body)).toEqual(expect.arrayContaining(expected)))

  it.each([
    ['Lowongan dari ritel 480 lowongan, manufaktur 350 lowongan, serta sektor lain 180 lowongan.', '180 lowongan|rest|lowongan'],
    ['Kemantren Jetis 40 rumah, Kotagede 22 rumah, dan sisanya, 18 rumah, di Mergangsan.', '18 rumah|rest|rumah'],
    ['Bantuan ke Gedongkiwo 60 paket, Suryodiningratan 45 paket dan selebihnya 30 paket.', '30 paket|rest|paket'],
    ['Benih padi 600 kilogram, benih jagung 250 kilogram, dan jenis lainnya 90 kilogram.', '90 kilogram|rest|kilogram'],
    ['Tercatat 120 pedagang kuliner, 80 pedagang batik, dan 45 pedagang lainnya.', '45 pedagang|rest|pedagang'],
    ['Hibah ke RW 01 Rp10 juta, serta kegiatan lain Rp4 juta.', 'Rp4 juta|rest|hibah'],
  ])('the rest closing a list: %s', (body, fact) => expect(facts(body)).toContain(fact))

  it.each([
    ['Bantuan Rp1,2 juta bagi tiap siswa diberikan Mei.', 'Rp1,2 juta|perUnit|bantuan'],
    ['Juara harapan masing-masing mendapat Rp5 juta.', 'Rp5 juta|perUnit|'],
    ['Santunan dibayarkan Rp500.000 per orang.', 'Rp500.000|perUnit|santunan'],
    ['Kelompok tani mendapat masing-masing 20 ekor bibit lele.', '20 ekor|perUnit|ekor'],
    ['Hibah Rp25 juta untuk setiap kampung dicairkan Mei.', 'Rp25 juta|perUnit|hibah'],
    ['Dengan besaran Rp750.000, dana dibagikan di balai kelurahan.', 'Rp750.000|perUnit|'],
  ])('an amount per unit: %s', (body, fact) => expect(facts(body)).toContain(fact))

  it.each([
    ['Pemkot menyiapkan anggaran Rp3 miliar untuk perbaikan jalan.', 'Rp3 miliar|plain|anggaran'],
    ['Sebanyak 250 sumur resapan dibangun di empat kemantren.', '250 sumur|plain|sumur'],
    ['Dinas mengukuhkan 120 anggota Linmas baru.', '120 anggota|plain|anggota'],
    ['Gudang Bulog menyiapkan 25 ton beras medium.', '25 ton beras|plain|beras'],
    ['Kerugian akibat banjir ditaksir Rp1,2 miliar.', 'Rp1,2 miliar|plain|kerugian'],
    ['Lomba diikuti tiga puluh sekolah dari sepuluh kemantren.', 'tiga puluh sekolah|plain|sekolah'],
  ])('a first mention stays plain: %s', (body, fact) => expect(facts(body)).toContain(fact))

  it('marks an estimate, and reads references back and breakdown cues', () => {
    expect(sentences('Kerugian sekitar Rp2 miliar.')[0].facts[0].approximate).toBe(true)
    const [, second] = sentences('Pemkot mengalokasikan anggaran Rp12 miliar. Anggaran tersebut terbagi untuk tiga pekerjaan.')
    expect(second.refs).toContain('anggaran')
    expect(second.cue).toBe(true)
    expect(sentences('Dana itu segera dicairkan.')[0].refs).toContain('dana')
    expect(sentences('Rinciannya sebagai berikut.')[0].cue).toBe(true)
  })

  it('keeps a list of several nouns one list, and a whole with its effects apart', () => {
    expect(facts('Berita itu terdiri atas 1.105 berita kegiatan, 213 pengumuman, dan 112 berita foto.')).toContain('213 pengumuman|part|pengumuman')
    expect(facts('Sebanyak 17 pohon tumbang di berbagai titik, menimpa 4 rumah dan 2 mobil.')).toContain('17 pohon|plain|pohon')
  })
})
