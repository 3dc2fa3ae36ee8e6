import { describe, expect, it } from 'vitest'

import { excerpts, warnings } from './helpers'

// Round 8 (issue 11): neutrality by class. None of the examples is taken from the corpus.

describe('writer-credit: a result called the fruit of an official\'s toil', () => {
  it('effort nouns after "hasil", "berkat", "buah"', () => {
    expect(excerpts('writer-credit', 'Turunnya angka stunting merupakan hasil jerih payah Bupati Sulastri.')).toEqual(['merupakan hasil jerih payah Bupati'])
    expect(excerpts('writer-credit', 'Jembatan itu berdiri berkat perjuangan Camat Wiryo.')).toEqual(['berkat perjuangan Camat'])
    expect(excerpts('writer-credit', 'Pasar yang bersih ini adalah hasil keringat Lurah Sri.')).toEqual(['hasil keringat Lurah'])
  })

  it('not in quotes, and not an act of the official', () => {
    expect(warnings('writer-credit', '"Ini hasil jerih payah Bupati," kata Darto.')).toEqual([])
    expect(excerpts('writer-credit', 'Dokumen itu hasil rapat Bupati dan DPRD.')).toEqual([])
  })
})

describe('loaded-language: derogatory labels on market actors', () => {
  it('a label of bad character on speculators, hoarders, brokers', () => {
    expect(excerpts('loaded-language', 'Harga cabai naik karena ulah penimbun serakah.')).toEqual(['penimbun serakah'])
    expect(excerpts('loaded-language', 'Warga kerap dirugikan calo licik di terminal.')).toEqual(['calo licik'])
    expect(excerpts('loaded-language', 'Festival itu disebut a resounding success oleh panitia.')).toEqual(['resounding success'])
  })

  it('a label after a modifier or in a relative clause', () => {
    expect(excerpts('loaded-language', 'Ulah makelar tanah yang begitu licik merugikan petani.')).toEqual(['makelar tanah yang begitu licik'])
  })

  it('a neutral name of the actor is not reported', () => {
    expect(excerpts('loaded-language', 'Satgas Pangan memeriksa gudang penimbun beras di Kecamatan Timur.')).toEqual([])
  })
})

describe('puffery: adjectives of enchantment', () => {
  it('enchanting views and exotic places in the writer\'s voice', () => {
    expect(excerpts('puffery', 'Pengunjung disuguhi pemandangan menawan dari puncak bukit.')).toEqual(['menawan'])
    expect(excerpts('puffery', 'Pantai ini menyimpan keindahan eksotis.')).toEqual(['eksotis'])
  })

  it('quoted, only info', () => {
    expect(warnings('puffery', '"Pemandangannya memesona," kata Rina, pengunjung asal Solo.')).toEqual([])
  })
})

describe('generalisation: a whole group doing something in a state of mind', () => {
  it('with a certainty or a possibility before the manner', () => {
    expect(excerpts('generalisation', 'Semua penonton dipastikan meninggalkan stadion dengan hati gembira.')).toEqual([
      'Semua penonton dipastikan meninggalkan stadion dengan hati gembira',
    ])
    expect(excerpts('generalisation', 'Kini seluruh pedagang bisa berjualan tanpa rasa khawatir.')).toEqual(['seluruh pedagang bisa berjualan tanpa rasa khawatir'])
  })

  it('a face or a sleep said of everyone', () => {
    expect(excerpts('generalisation', 'Seluruh peserta pulang dengan wajah berseri-seri.')).toEqual(['Seluruh peserta pulang dengan wajah berseri-seri'])
    expect(excerpts('generalisation', 'Kini semua warga bisa tidur dengan nyenyak.')).toEqual(['semua warga bisa tidur dengan nyenyak'])
  })

  it('a bare group said to be certainly content', () => {
    expect(excerpts('generalisation', 'Wisatawan dipastikan betah berlama-lama di kawasan ini.')).toEqual(['Wisatawan dipastikan betah'])
  })

  it('not an appeal, a purpose or a condition', () => {
    expect(excerpts('generalisation', 'Seluruh pengunjung diimbau berkendara dengan tenang.')).toEqual([])
    expect(excerpts('generalisation', 'Jalur dibuka agar seluruh warga dapat beribadah dengan tenang.')).toEqual([])
    expect(excerpts('generalisation', 'Jika semua peserta datang dengan tenang, antrean akan tertib.')).toEqual([])
  })
})

describe('clickbait: a headline promising a surprise', () => {
  it('a revelation announced as long awaited and a surprise promised are one finding', () => {
    expect(excerpts('clickbait', { title: 'Lokasi Konser Akhirnya Terjawab, Ada Kejutan yang Tak Disangka' })).toEqual(['Akhirnya Terjawab, Ada Kejutan yang Tak Disangka'])
    expect(excerpts('clickbait', { title: 'Harga Tiket di Luar Dugaan' })).toEqual(['di Luar Dugaan'])
  })

  it('a reaction or a secret opening the headline', () => {
    expect(excerpts('clickbait', { title: 'Pedagang Kaget, Retribusi Pasar Naik' })).toEqual(['Pedagang Kaget'])
    expect(excerpts('clickbait', { title: 'Rahasia di Balik Bersihnya Pasar Lempuyangan' })).toEqual(['Rahasia di Balik'])
  })

  it('a question whose answer the headline defers', () => {
    expect(excerpts('clickbait', { title: 'Kenapa Harga Cabai Naik? Ini Kata Disdag' })).toEqual(['Ini Kata'])
  })

  it('a headline stating the news is not reported, nor the body', () => {
    expect(excerpts('clickbait', { title: 'Penyebab Kebakaran Pasar Terungkap: Korsleting Listrik' })).toEqual([])
    expect(excerpts('clickbait', { title: 'Pemkot Buka Jalur Baru', body: 'Hasilnya di luar dugaan petugas.' })).toEqual([])
  })
})
