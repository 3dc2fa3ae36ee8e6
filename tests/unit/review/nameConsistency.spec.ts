import { describe, expect, it } from 'vitest'

import { compileLexicon } from '@/review/compileLexicon'
import { createSpellChecker } from '@/review/spelling/createSpellChecker'
import { prepareArticle } from '@/review/prepareArticle'

import { check } from './helpers'

describe('name-consistency', () => {
  it('reports the rarer spelling of a name, with the other as the suggestion', () => {
    const findings = check('name-consistency', {
      title: 'Haryadi Suyuti Resmikan Pasar Kranggan',
      body: 'Wali Kota Yogyakarta Haryadi Suyoti meresmikan pasar itu. Menurut Haryadi Suyuti, pedagang akan ditata ulang.',
    })
    expect(findings.map((f) => [f.field, f.excerpt, f.suggestion])).toEqual([['body', 'Haryadi Suyoti', 'Suyuti']])
    expect(findings[0].message).toContain('Suyuti')
    expect(findings[0].severity).toBe('warning')
  })

  it('reports a one-letter slip in a long surname even without the given name (the later one on a tie)', () => {
    const findings = check('name-consistency', 'Kepala dinas, Sugiharto, hadir. Menurut keterangan Sugiarto, acara berjalan lancar.')
    expect(findings.map((f) => [f.excerpt, f.suggestion])).toEqual([['Sugiarto', 'Sugiharto']])
  })

  it('reports a Title Case headline spelling that differs from the body', () => {
    const findings = check('name-consistency', {
      title: 'Wali Kota Haryanto Resmikan Jembatan Baru',
      body: 'Wali Kota Hariyanto meresmikan jembatan itu. "Jembatan ini memperpendek jarak," kata Hariyanto.',
    })
    expect(findings.map((f) => [f.field, f.excerpt, f.suggestion])).toEqual([['title', 'Haryanto', 'Hariyanto']])
    expect(findings[0].message).toContain('di judul')
  })

  it('treats old and new spellings as one name (oe/u, dj/j, tj/c, sj/sy, nj/ny, ch/kh, j/y, doubled letters)', () => {
    const pairs: [string, string][] = [
      ['Sutrisno', 'Soetrisno'],
      ['Joko', 'Djoko'],
      ['Cahyono', 'Tjahjono'],
      ['Syamsul', 'Sjamsul'],
      ['Nyoman', 'Njoman'],
      ['Akhmad', 'Achmad'],
      ['Hasanuddin', 'Hasanudin'],
      ['Suyono', 'Sujono'],
    ]
    for (const [common, rare] of pairs) {
      const findings = check('name-consistency', `Kepala dinas, ${common} Hadi, hadir. Menurut ${common}, acara lancar. Hal itu disampaikan ${rare} kepada wartawan.`)
      expect(findings.map((f) => [f.excerpt, f.suggestion, f.message.includes('ejaan lama')])).toEqual([[rare, common, true]])
    }
  })

  it('ignores honorifics and name-part order', () => {
    const body =
      'Direktur RSUD, H. Ahmad Fauzi, S.T., M.Kes., hadir bersama Prof. Dr. Arief Budiman. Menurut Fauzi, poli dibuka pekan depan. Budiman Arief menambahkan, kerja sama dimulai tahun ini. Kata Ahmad, layanan gratis.'
    expect(check('name-consistency', body)).toEqual([])
  })

  it('keeps a headline word that is an ordinary word of the body apart from names', () => {
    expect(check('name-consistency', { title: 'Banjir Rendam Kampung Banjar', body: 'Banjir merendam Kampung Banjar. Warga Banjar mengungsi karena banjir.' })).toEqual([])
  })

  it('does not confuse different real words, short names or sentence starts', () => {
    expect(check('name-consistency', 'Selama ini pasar ramai. Rapat digelar Selasa (31/5) di Balai Kota.')).toEqual([])
    expect(check('name-consistency', 'Andi dan Andri hadir bersama Budi dan Bude.')).toEqual([])
    expect(check('name-consistency', 'Ketua DPRD hadir. Ketut Sudarsana juga hadir.')).toEqual([])
    expect(check('name-consistency', 'Warga Bantul menerima Bantuan Langsung Tunai.')).toEqual([])
    expect(check('name-consistency', 'Kepala Dinas Pertanian dan Kepala Dinas Pertanahan hadir di Kotagede dan Kotabaru.')).toEqual([])
  })

  it('reports a near miss of an official name from the office lexicon', () => {
    const findings = check('name-consistency', 'Acara dibuka oleh Hasto Wardoyi di Balai Kota.', {
      extraLexicon: { officialNames: ['Hasto Wardoyo'] },
    })
    expect(findings).toHaveLength(1)
    expect(findings[0].message).toContain('Hasto Wardoyo')
    expect(check('name-consistency', 'Acara dibuka oleh Hasto Wardoyo.', { extraLexicon: { officialNames: ['Hasto Wardoyo'] } })).toEqual([])
  })

  it('compares a caption name seen only after "Foto:" with the body when the word is no dictionary word', () => {
    const spellChecker = createSpellChecker((w) => ['narasumber', 'dari', 'berdiri', 'memandu', 'peserta'].includes(w))
    const body = 'Narasumber pelatihan, Kristiyanto dari BSSN, memaparkan materi.\n\nFoto: Kristianto (berdiri) memandu peserta.'
    const found = check('name-consistency', body, { spellChecker })
    expect(found.map((f) => [f.excerpt, f.suggestion])).toEqual([['Kristianto', 'Kristiyanto']])
    // Without a dictionary only a word right after the caption label counts; other sentence starts may be ordinary words.
    expect(check('name-consistency', body).map((f) => f.excerpt)).toEqual(['Kristianto'])
    expect(check('name-consistency', 'Narasumber pelatihan, Kristiyanto dari BSSN, memaparkan materi. Kristianto memandu peserta.')).toEqual([])
  })
})

// Round 13: honorifics and ranks before a name (Ny., Tn., Kol. Inf.) do not end a sentence. Sentences written for the test.
describe('name-consistency: honorific abbreviations', () => {
  it('keeps the name after Ny. or Kol. Inf. inside its sentence', () => {
    const article = prepareArticle({ title: 'Berita', body: 'Bantuan diserahkan kepada Ny. Sumarni, warga RT 04. Kirab dipimpin Kol. Inf. Hartono.' }, compileLexicon())
    const body = article.fields[1]
    expect(body.sentences.map((s) => body.text.slice(s.start, s.end))).toEqual(['Bantuan diserahkan kepada Ny. Sumarni, warga RT 04', 'Kirab dipimpin Kol. Inf. Hartono'])
  })

  it('compares a name after an honorific with the same name elsewhere', () => {
    const body = 'Pemkot menyerahkan bantuan bedah rumah kepada Ny. Sumarsih, warga Sorosutan.\n\nRumah Ny. Sumarsi selama ini berdinding bambu.\n\n"Saya berterima kasih," kata Sumarsih.'
    expect(check('name-consistency', body).map((f) => [f.excerpt, f.suggestion])).toEqual([['Sumarsi', 'Sumarsih']])
  })
})

// Round 13 (phase 2). Sentences written for the test.
describe('name-consistency: short and long name words (round 13)', () => {
  it('compares a four-letter name word beside a shared name word', () => {
    const body = 'Posko dibuka di Kampung Dewo Joyo.\n\nWarga Dewo Jayo, Sutinah (50), datang pertama.\n\nKetua RW Dewo Joyo memantau posko.'
    expect(check('name-consistency', body).map((f) => f.suggestion)).toEqual(['Joyo'])
    expect(check('name-consistency', 'Rapat dihadiri Dewi Sari dan Dewi Sara dari kelurahan.').map((f) => f.excerpt)).toEqual([])
  })

  it('reports a later surname reference with another ending', () => {
    const body = 'Acara dibuka Kepala Sekolah Bambang Wicaksono Adi. Ia meminta siswa rajin membaca.\n\nDalam penutupan, Wicaksonadi meminta orang tua mendampingi anak.'
    expect(check('name-consistency', 'Acara dibuka Kepala Sekolah Bambang Prasetyawan. Ia meminta siswa rajin membaca.\n\nDalam penutupan, Prasetyanto meminta orang tua mendampingi anak.').map((f) => [f.excerpt, f.suggestion])).toEqual([['Prasetyanto', 'Prasetyawan']])
    expect(check('name-consistency', body.replace('Wicaksonadi meminta', 'Wicaksonadi (45), warga, meminta'))).toEqual([])
    expect(check('name-consistency', 'Lomba diikuti Setyaningsih dan Setyaningrum dari kelurahan yang sama.')).toEqual([])
  })
})

describe('name-consistency: round 14 (clean copy)', () => {
  it('takes two spellings listed side by side for two people', () => {
    const body = 'Dua perajin, Siti Rahayu (52) dan Siti Rahayi (47), menerima penghargaan. Siti Rahayu sudah 20 tahun membatik, sedangkan Siti Rahayi sejak 2015.'
    expect(check('name-consistency', body)).toEqual([])
    expect(check('name-consistency', 'Perajin Siti Rahayu menerima penghargaan. Menurut Siti Rahayi, batik tulis makin diminati.').map((f) => f.excerpt)).toHaveLength(1)
  })
})

describe('name-consistency: round 14, phase 2', () => {
  it('takes a Javanese man and woman of one stem (-o / -i) for two people', () => {
    expect(check('name-consistency', 'Kepala seksi, Suparmo, membuka acara. Peserta termuda, Suparmi Dewi Lestari, mengaku senang.')).toEqual([])
  })

  it('counts short given names as other name words of a person', () => {
    expect(check('name-consistency', 'Kepala bidang, Drs. Yosef Eko Wicaksono, M.Pd., menjelaskan jalurnya. Ketua komite, Bambang Wicaksana, S.T., mengatakan hal serupa.')).toEqual([])
  })

  it('ties two forms one letter apart after the same geographic word', () => {
    const spellChecker = createSpellChecker((w) => ['sentolan'].includes(w))
    const found = check('name-consistency', { title: 'Warga Kelurahan Sentolan Gelar Kirab', body: 'Warga Kelurahan Sentollan menggelar kirab. Kirab Sentollan diikuti 300 warga.' }, { spellChecker })
    expect(found.map((f) => f.excerpt)).toEqual(['Sentolan'])
  })
})

// Round 15: names written for the test.
describe('name-consistency: round 15', () => {
  const names = (body: string) => check('name-consistency', { body, publishedAt: '2026-11-15' }).map((f) => f.excerpt)
  it('reads a professional title before a name as no sentence end (drh., apt.)', () => {
    expect(names('Kepala puskesmas hewan, drh. Wirasena Adi Putra, menjelaskan jadwalnya.\n\n"Kucing harus sehat," kata drh. Wiraseno.')).toEqual(['Wiraseno'])
  })
  it('reads a name with an age in brackets as a person, apart from a street one letter off', () => {
    expect(names('Pedagang di Jalan Sumarno dipindahkan ke taman.\n\nKetua paguyuban, Sumarto (52), meminta papan petunjuk.')).toEqual([])
  })
})
