import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'

import { check } from './helpers'

// Round 5 (issue 11): neutrality rules by grammatical frame, and accuracy classes, after the
// fourth frozen split. The examples are not taken from the corpus.

describe('neutrality by grammatical frame', () => {
  it('writer-credit: a result born of an official’s quality, the force behind a success, a quality praised by degree', () => {
    const body = [
      'Capaian itu lahir dari ketekunan Bupati Sleman.',
      'Camat Jaya menjadi motor di balik keberhasilan program itu.',
      'Ketegasan Lurah Sari yang begitu besar kembali terlihat.',
    ].join(' ')
    expect(check('writer-credit', body).map((f) => f.excerpt)).toEqual([
      'lahir dari ketekunan Bupati',
      'motor di balik keberhasilan',
      'Ketegasan Lurah Sari yang begitu',
    ])
  })

  it('writer-credit: acts, offices and events of an official are not praise; quotes are the source’s', () => {
    const body = 'Kebijakan Wali Kota yang baru mulai berlaku. Kehadiran Camat yang sangat singkat itu berakhir pukul 10.00. "Warga menjadi motor di balik keberhasilan ini," kata Lurah.'
    expect(check('writer-credit', body)).toEqual([])
  })

  it('generalisation: a whole group acting as one, or said to feel a state', () => {
    const body = 'Warga Kabupaten Bantul kompak mendukung penataan itu. Masyarakat Gondomanan pun merasa terlindungi.'
    expect(check('generalisation', body).map((f) => f.excerpt)).toEqual(['Warga Kabupaten Bantul kompak mendukung', 'Masyarakat Gondomanan pun merasa terlindungi'])
  })

  it('generalisation: a restricted group or a denied state is not a claim about everyone', () => {
    expect(check('generalisation', 'Warga yang merasa dirugikan dapat melapor ke kelurahan. Warga merasa tidak puas, kata Ketua RW.')).toEqual([])
  })

  it('unsourced-superlative: no other one within a scope', () => {
    expect(check('unsourced-superlative', 'Belum ada satu pun kabupaten lain di Indonesia yang memilikinya.').map((f) => f.excerpt)).toEqual([
      'Belum ada satu pun kabupaten lain di Indonesia',
    ])
    expect(check('unsourced-superlative', 'Menurut data kementerian, belum ada kabupaten lain di Indonesia yang memilikinya.')).toEqual([])
  })

  it('puffery: a ter- superlative naming an award category is the award, not the writer’s claim', () => {
    const body = 'Panitia memberikan penghargaan penari terbaik dan kostum terindah di setiap kategori. Pentas itu terbaik di Indonesia.'
    expect(check('puffery', body).map((f) => f.excerpt)).toEqual(['terbaik'])
    expect(check('puffery', body)[0].start).toBe(body.lastIndexOf('terbaik'))
    expect(check('puffery', 'Pentas itu merupakan yang terbaik dalam lomba tahun ini.').map((f) => f.excerpt)).toEqual(['terbaik'])
  })

  it('intensifier: stacked intensifiers are one finding', () => {
    expect(check('intensifier', 'Laga itu berlangsung amat sangat seru.').map((f) => f.excerpt)).toEqual(['amat sangat'])
  })

  it('clickbait: a headline promising a reaction with "bikin", titles only', () => {
    const title = 'Lima Hal dari Pasar Malam yang Bikin Kaget'
    expect(check('clickbait', { title, body: 'Pedagang bikin tenda baru.' }).map((f) => [f.field, f.excerpt])).toEqual([['title', 'yang Bikin Kaget']])
  })

  it('call-to-action: a headline ordering the reader with an exclamation mark', () => {
    expect(check('call-to-action', { title: 'Harus Coba! Kuliner Baru di Alun-Alun', body: 'Pedagang berjualan.' }).map((f) => f.excerpt)).toEqual(['Harus Coba'])
    expect(check('call-to-action', { title: 'Wajib Pajak Diimbau Lapor SPT Sebelum Maret', body: 'Kantor pajak buka.' })).toEqual([])
  })
})

describe('accuracy by class', () => {
  it('official-name: an official name written with the serial comma is the official name', () => {
    const registry = [{ name: 'Dinas Lingkungan Hidup, Pertamanan dan Kebersihan', kind: 'unit' as const, variants: ['Dinas Lingkungan Hidup'] }]
    expect(check('official-name', 'Dinas Lingkungan Hidup, Pertamanan, dan Kebersihan menanam pohon.', { registry })).toEqual([])
    expect(check('official-name', 'Dinas Lingkungan Hidup menanam pohon.', { registry }).map((f) => f.excerpt)).toEqual(['Dinas Lingkungan Hidup'])
  })

  it('percentage-sum: a benchmark with its qualifier is not a share', () => {
    expect(check('percentage-sum', 'Cakupan imunisasi 88 persen, di bawah target provinsi 95 persen.')).toEqual([])
    expect(check('percentage-sum', 'Sebanyak 60 persen warga setuju dan 50 persen menolak.')).toHaveLength(1)
  })

  it('keeps offsets exact for merged and title findings', () => {
    const input = { title: 'Wajib Datang! Pameran yang Bikin Penasaran', body: 'Pameran berlangsung amat sangat meriah.' }
    for (const f of analyzeArticle(input)) {
      const text = f.field === 'title' ? input.title : input.body
      expect(text.slice(f.start, f.end)).toBe(f.excerpt)
    }
  })
})
