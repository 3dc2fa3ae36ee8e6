import { describe, expect, it } from 'vitest'

import { check } from './helpers'

describe('clickbait', () => {
  it('reports clickbait openers in the title and at sentence starts', () => {
    expect(check('clickbait', { title: 'Heboh, Pasar Baru Dibuka', body: 'Isi berita.' }).map((f) => f.excerpt)).toEqual(['Heboh'])
    expect(check('clickbait', { title: 'Wow! Ternyata Ini Alasannya', body: 'Simak selengkapnya di bawah.' }).map((f) => f.excerpt)).toEqual([
      'Wow',
      'Ternyata',
      'Ini Alasannya',
      'Simak',
    ])
  })

  it('does not report the same words in the middle of a sentence', () => {
    expect(check('clickbait', { title: 'Pasar Kranggan Dibuka Kembali', body: 'Hasil survei ternyata berbeda dari perkiraan, kata dia.' })).toEqual([])
  })
})

describe('clickbait: round 13', () => {
  it('reports a teaser clause closing the headline after a comma', () => {
    expect(check('clickbait', { title: 'Bazar Ramadan Ramai Pembeli, Ini Menu Paling Laris', body: 'Isi berita.' }).map((f) => f.excerpt)).toEqual(['Ini Menu Paling Laris'])
    expect(check('clickbait', { title: 'Pemkot Ubah Rute Bus, Berikut Daftarnya', body: 'Isi berita.' }).map((f) => f.excerpt)).toEqual(['Berikut Daftarnya'])
  })

  it('reports a question closing the headline, its answer left to the body', () => {
    expect(check('clickbait', { title: 'Festival Layang-layang Usai, Siapa Pemenangnya?', body: 'Isi berita.' }).map((f) => f.excerpt)).toEqual(['Siapa Pemenangnya?'])
    expect(check('clickbait', { title: 'Berapa Tarif Parkir Baru di Malioboro?', body: 'Isi berita.' }).map((f) => f.excerpt)).toEqual(['Berapa Tarif Parkir Baru di Malioboro?'])
  })

  it('leaves a headline that states its fact', () => {
    expect(check('clickbait', { title: 'Bazar Ramadan Ramai, Omzet Capai Rp300 Juta', body: 'Isi berita.' })).toEqual([])
    expect(check('clickbait', { title: 'Ini Jadwal Vaksinasi Rabies di 14 Kemantren', body: 'Isi berita.' }).map((f) => f.excerpt)).not.toContain('Ini Jadwal Vaksinasi Rabies di')
  })
})

describe('clickbait: round 14', () => {
  const headline = (title: string) => check('clickbait', { title, body: 'Acara digelar di balai kota.' }).map((f) => f.excerpt)
  it('takes a health check opening the headline for the subject, not an order to look', () => {
    expect(headline('Cek Darah Gratis Temukan 80 Warga Anemia')).toEqual([])
    expect(headline('Cek Jadwal Lengkap Pasar Malam')).toHaveLength(1)
  })

  it('finds a knowledge teaser opening the headline and a degree pointing at the story closing it', () => {
    expect(headline('Banyak yang Belum Tahu, Kampung Ini Punya Museum Wayang')).toHaveLength(1)
    expect(headline('Harga Makanan di Pasar Kuliner Malam Semurah Ini')).toEqual(['Semurah Ini'])
    expect(headline('Pasar Murah Digelar Selasa Ini')).toEqual([])
  })
})

describe('clickbait: round 14 (clean copy after phase 2)', () => {
  it('reads the rubric "Cek Fakta:" as a name', () => {
    expect(check('clickbait', { title: 'Cek Fakta: Tidak Ada Pemadaman Total di Kota', body: 'PLN membantah kabar itu.' })).toEqual([])
  })
})

// Round 15: headlines written for the test.
describe('clickbait: round 15 (service information)', () => {
  const title = (t: string) => check('clickbait', { title: t, body: 'Isi berita.' }).map((f) => f.excerpt)
  it('leaves the question of a rubric headline alone', () => {
    expect(title('Tanya Jawab Tarif Parkir Baru: Siapa Kena dan Berapa Besarnya?')).toEqual([])
    expect(title('Tarif Parkir Baru Berlaku, Berapa Besarnya?')).toEqual(['Berapa Besarnya?'])
  })
  it('leaves a teaser naming what a rule sets alone', () => {
    expect(title('Perwal Parkir Berlaku Juli, Ini Lima Ruas yang Diatur')).toEqual([])
    expect(title('Pameran Batik Ramai, Ini Motif Paling Dicari')).toEqual(['Ini Motif Paling Dicari'])
  })
})
