import { describe, expect, it } from 'vitest'

import { check } from './helpers'

describe('number-consistency', () => {
  it('reports a count in the title that the body contradicts', () => {
    const findings = check('number-consistency', {
      title: 'Pelatihan Batik Diikuti 150 Peserta',
      body: 'Pelatihan membatik di Balai Kota diikuti 120 peserta dari 14 kecamatan.',
    })
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ field: 'title', excerpt: '150 Peserta', severity: 'warning' })
    expect(findings[0].message).toContain('120 peserta')
  })

  it('reports a lead that contradicts the body', () => {
    const findings = check('number-consistency', {
      lead: 'Sebanyak 1.500 warga menerima bantuan pangan.',
      body: 'Bantuan pangan diberikan kepada 1.200 warga di 45 kelurahan.',
    })
    expect(findings.map((f) => [f.field, f.excerpt])).toEqual([['lead', '1.500 warga']])
  })

  it('accepts equal figures, sums, approximations and different things', () => {
    expect(check('number-consistency', { title: '150 Peserta Ikuti Pelatihan', body: 'Sebanyak 150 peserta hadir.' })).toEqual([])
    expect(
      check('number-consistency', {
        title: '150 Peserta Ikuti Pelatihan',
        body: 'Pelatihan diikuti 120 peserta dari kota dan 30 peserta dari luar kota.',
      }),
    ).toEqual([])
    expect(check('number-consistency', { title: 'Lebih dari 100 Peserta Hadir', body: 'Tercatat 120 peserta hadir.' })).toEqual([])
    expect(check('number-consistency', { title: '150 Peserta Hadir', body: 'Ada 20 pelatih dan 14 kecamatan.' })).toEqual([])
    expect(check('number-consistency', { title: 'Pelatihan 3 Hari', body: 'Pelatihan berlangsung 2 hari.' })).toEqual([])
  })

  it('reads thousands and magnitude words', () => {
    expect(check('number-consistency', { title: '1,5 Juta Warga Terdata', body: 'Sebanyak 1.500.000 warga terdata.' })).toEqual([])
  })
})

// Round 13: a count that refers back with a demonstrative, and RT/RW as counted units. Sentences written for the test.
describe('number-consistency: round 13', () => {
  const body = (text: string, title = 'Pengasapan Cegah Demam Berdarah') =>
    check('number-consistency', { title, body: text, publishedAt: '2026-10-12' }).map((f) => [f.excerpt, f.suggestion])

  it('reports a reference back ("… itu", "… tersebut") to the one earlier count of its noun with another figure', () => {
    expect(body('Dinas Kesehatan mengasapi 14 kampung di Wirobrajan, Senin (12/10/2026).\n\nPengasapan dilakukan setelah ada kasus baru.\n\nPetugas menyisir 16 kampung itu sejak pagi.')).toEqual([['16 kampung', '14 kampung']])
    expect(body('Petugas memeriksa 40 sumur warga pada pagi hari.\n\nHasil uji 44 sumur tersebut keluar pekan depan.')).toEqual([['44 sumur', '40 sumur']])
  })

  it('leaves a reference back to the same figure, to a part, or when two figures came before', () => {
    expect(body('Petugas mengasapi 14 kampung.\n\nSebanyak 14 kampung itu berada di tepi sungai.')).toEqual([])
    expect(body('Petugas mengasapi 14 kampung pada pagi hari dan 6 kampung pada sore hari.\n\nKe-20 kampung itu akan diasapi lagi.')).toEqual([])
    expect(body('Petugas mengasapi 40 kampung.\n\nDari jumlah itu, 4 kampung tersebut masih ditemukan jentik.')).toEqual([])
  })

  it('counts RT and RW, but not the numbers that name them', () => {
    expect(body('Pengasapan dilakukan di 14 RW di Kelurahan Wirobrajan.\n\nPetugas menyisir 41 RW tersebut sejak pagi.', 'Pengasapan di 14 RW')).toEqual([['41 RW', '14 RW']])
    expect(body('Pelatihan berlangsung di balai RW 05 RT 03 dan diikuti warga dari 5 RT.', 'Pelatihan Warga 5 RT')).toEqual([])
  })
})

// Round 13 (phase 2). Sentences written for the test.
describe('number-consistency: classifiers, headline digits, durations (round 13)', () => {
  const found = (title: string, text: string) => check('number-consistency', { title, body: text, publishedAt: '2026-10-12' }).map((f) => [f.excerpt, f.suggestion])

  it('does not read a function word or a verb after a classifier as the counted noun', () => {
    expect(found('Festival Kuliner', 'Festival dikunjungi 45.600 orang. Taman Budaya menjadi lokasi utama.\n\nKunjungan 46.500 orang selama festival itu menjadi bahan evaluasi.')).toEqual([['46.500 orang', '45.600 orang']])
  })

  it('reports a headline figure whose digits the opening gives in another order for another noun', () => {
    expect(found('Dinas Terbitkan 1.452 Dokumen', 'Disdukcapil menerbitkan 1.425 kartu identitas anak sepanjang semester pertama.')).toEqual([['1.452 Dokumen', '1.425 kartu']])
    expect(found('Dinas Terbitkan 1.452 Dokumen', 'Disdukcapil menerbitkan 1.452 kartu identitas anak dan 1.425 akta.')).toEqual([])
    expect(found('Dinas Terbitkan 1.452 Dokumen', 'Disdukcapil menerbitkan 900 kartu identitas anak.')).toEqual([])
  })

  it('reports a duration referring back to another one', () => {
    expect(found('Jalan Ditutup', 'Jalan Kenari ditutup selama 14 hari mulai Senin (12/10/2026).\n\nPenutupan selama 15 hari itu dimanfaatkan untuk memasang pipa.')).toEqual([['15 hari', '14 hari']])
    expect(found('Jalan Ditutup', 'Jalan Kenari ditutup selama 14 hari.\n\nPenutupan selama 14 hari itu dimanfaatkan untuk memasang pipa.')).toEqual([])
    expect(found('Jalan Ditutup', 'Jalan Kenari ditutup selama 14 hari.\n\nPekerja lembur selama 3 hari pada pekan kedua.')).toEqual([])
  })
})

describe('number-consistency: another month (round 13)', () => {
  it('leaves parts of the whole in one sentence', () => {
    const body = 'Pemkot menanam 500 pohon di bantaran sungai, Minggu (18/10/2026).\n\nSebanyak 300 pohon ditanam di sisi barat dan 200 pohon lainnya di sisi timur.'
    expect(check('number-consistency', { title: 'Pemkot Tanam 500 Pohon', body, publishedAt: '2026-10-19' })).toEqual([])
  })

  it('leaves swapped digits of a count in a past month', () => {
    const body = 'Posyandu remaja memeriksa 86 pelajar, Kamis (15/10/2026).\n\nPada pemeriksaan Juli lalu, 68 pelajar datang.'
    expect(check('number-consistency', { title: 'Posyandu Remaja', body, publishedAt: '2026-10-16' })).toEqual([])
  })
})

describe('number-consistency: round 14', () => {
  it('takes a headline figure the body gives for another noun as confirmed', () => {
    const body = 'Dinas memberangkatkan peserta mudik dengan 20 bus. Setiap bus berkapasitas 40 kursi, sehingga 20 bus menampung 800 penumpang.\n\nHingga Senin, 530 perantau telah mendaftar dari 800 kursi.'
    expect(check('number-consistency', { title: 'Pemkot Berangkatkan 800 Perantau', body, publishedAt: '2026-03-02' })).toEqual([])
  })

  it('reports the lead figure written once against a figure the article gives twice', () => {
    const body = 'Sebanyak 1.340 kursi disediakan dalam 31 bus.\n\nSetiap bus berkapasitas 44 kursi, sehingga 31 bus menampung 1.364 penumpang.\n\nPendaftaran ditutup setelah seluruh 1.430 kursi terisi.'
    // 1.340 / 1.430: reordered digits; 1.430 is written once as well, so the later restatement stays the finding.
    expect(check('number-consistency', { title: 'Mudik Gratis Dibuka', body, publishedAt: '2026-03-02' }).map((f) => f.excerpt)).toEqual(['1.430 kursi'])
    const twice = 'Sebanyak 1.340 kursi disediakan.\n\nBus menampung 1.430 penumpang.\n\nPendaftaran ditutup setelah seluruh 1.430 kursi terisi.'
    expect(check('number-consistency', { title: 'Mudik Gratis Dibuka', body: twice, publishedAt: '2026-03-02' }).map((f) => f.excerpt)).toEqual(['1.340 kursi'])
  })
})

// Round 15: the base of a breakdown restates the whole. Sentences written for the test.
describe('number-consistency: round 15', () => {
  const found = (body: string) => check('number-consistency', { body, publishedAt: '2026-11-15' }).map((f) => f.excerpt)
  it('reports a base with its digits swapped', () => {
    expect(found('Sebanyak 14 kelurahan mengikuti lomba kampung hijau.\n\nDari 41 kelurahan itu, lima kelurahan masuk final.')).toEqual(['41 kelurahan'])
    expect(found('Sebanyak 14 kelurahan mengikuti lomba kampung hijau.\n\nDari 41 kelurahan, lima kelurahan masuk final.')).toEqual(['41 kelurahan'])
  })
  it('reports a base described by the lead’s own verb (the nasal prefix taking the first consonant)', () => {
    expect(found('Petugas memeriksa 300 kendaraan di terminal.\n\nHasilnya, dari 350 kendaraan yang diperiksa, 20 kendaraan tidak laik.')).toEqual(['350 kendaraan'])
  })
  it('leaves a base of another stage alone', () => {
    expect(found('Sebanyak 120 peserta mengikuti seleksi.\n\nDari 40 peserta, 10 orang lolos ke final.')).toEqual([])
    expect(found('Sebanyak 120 peserta mengikuti seleksi.\n\nDari 40 peserta yang lolos tahap pertama, 10 orang maju ke final.')).toEqual([])
  })
})

describe('number-consistency: round 15, phase 2', () => {
  const found = (input: { title?: string; body: string }) => check('number-consistency', { title: 'Berita', publishedAt: '2026-11-15', ...input }).map((f) => f.excerpt)
  it('reads a quota and a change to a new figure as another time', () => {
    expect(found({ title: 'Kelas Menjahit Luluskan 30 Peserta', body: 'Sebanyak 30 ibu rumah tangga lulus kelas menjahit.\n\nKuota kelas berikutnya dinaikkan menjadi 45 peserta.' })).toEqual([])
  })
  it('leaves a count per unit alone, and reports the whole framed and described by the lead’s verb in a target sentence', () => {
    const body = 'Dinas melatih 200 guru untuk mengajar secara daring.\n\nSetiap angkatan pelatihan diikuti 50 guru. Dinas menargetkan seluruh 220 guru yang dilatih mengajar daring mulai Januari.'
    expect(found({ title: '200 Guru Dilatih Mengajar Daring', body })).toEqual(['220 guru'])
  })
  it('reports reordered digits described by the lead’s verb even after "termasuk"', () => {
    expect(found({ body: 'Pemkot membangun 130 biopori di kampung padat.\n\nJumlah biopori kota kini 500 lubang, termasuk 310 biopori yang selesai dibangun tahun ini.' })).toEqual(['310 biopori'])
  })
  it('does not read "N noun lain yang …" as the lead restated', () => {
    expect(found({ title: 'Wali Kota Lantik Enam Camat', body: 'Wali kota melantik enam camat baru.\n\nSelain Budi, lima camat lain yang dilantik berasal dari dinas teknis.' })).toEqual([])
  })
})
