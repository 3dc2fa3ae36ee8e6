import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

describe('round 9: call-to-action without a pronoun (the vocative comma and the subject with "wajib segera" from phase 2)', () => {
  it('reports a writer sentence opening with an urging word and an imperative verb', () => {
    expect(warnings('call-to-action', 'Pendaftaran dibuka hingga Jumat (16/10). Segera siapkan berkas persyaratannya.')).toEqual(['Segera siapkan berkas persyaratannya'])
    expect(warnings('call-to-action', 'Jangan lupa bawa KTP asli saat datang ke kantor kelurahan.')).toHaveLength(1)
  })

  it('reports an urged obligation, with or without a subject, and an order after a vocative comma', () => {
    expect(warnings('call-to-action', 'Bagi pemilik kendaraan yang pajaknya mati, wajib segera memperpanjang STNK di Samsat.')).toHaveLength(1)
    expect(warnings('call-to-action', 'Warga yang belum terdata wajib segera mendaftarkan diri ke kelurahan.')).toHaveLength(1)
    expect(warnings('call-to-action', 'Pelajar yang berminat, segera lengkapi formulir di laman dinas.')).toHaveLength(1)
  })

  it('leaves rules with a subject, "segera setelah", and quotations alone', () => {
    expect(warnings('call-to-action', 'Pemohon wajib melapor bila data berubah.')).toEqual([])
    expect(warnings('call-to-action', 'Segera setelah banjir surut, petugas membersihkan saluran.')).toEqual([])
    expect(warnings('call-to-action', '"Segera siapkan berkasnya," kata Lurah Suryo.')).toEqual([])
    expect(warnings('call-to-action', 'Jangan sampai anggaran tidak terserap, kata Ketua DPRD.')).toEqual([])
  })
})

describe('round 9: listicle and must-know headlines', () => {
  it('reports a must-know teaser and a count of facts or tips opening the headline', () => {
    expect(warnings('clickbait', { title: 'Jadwal Baru Bus Trans Jogja yang Wajib Tahu', body: 'Isi.' })).toEqual(['yang Wajib Tahu'])
    expect(warnings('clickbait', { title: 'Lima Fakta Pasar Kranggan Setelah Renovasi', body: 'Isi.' })).toEqual(['Lima Fakta'])
    expect(warnings('clickbait', { title: 'Syarat Daftar Sekolah: 7 Tips Lolos Seleksi', body: 'Isi.' })).toEqual(['7 Tips'])
  })

  it('leaves counts of people and nouns such as "Wajib Pajak" alone', () => {
    expect(warnings('clickbait', { title: 'Wajib Pajak Diimbau Bayar PBB Sebelum 30 September', body: 'Isi.' })).toEqual([])
    expect(warnings('clickbait', { title: '7 Warga Terima Bantuan Bedah Rumah', body: 'Isi.' })).toEqual([])
    expect(warnings('clickbait', { title: 'Wajib Nonton! 7 Fakta Turnamen yang Bikin Penasaran', body: 'Isi.' })).toEqual(['yang Bikin Penasaran'])
  })
})

describe('round 9: a whole group rid of a worry', () => {
  it('reports a bare group said to no longer worry', () => {
    expect(warnings('generalisation', 'Dengan layanan ini, warga tidak perlu lagi khawatir soal antrean.')).toEqual(['warga tidak perlu lagi khawatir'])
    expect(warnings('generalisation', 'Kini masyarakat tak lagi waswas saat hujan deras.')).toEqual(['masyarakat tak lagi waswas'])
  })

  it('leaves a worry that is not said to be gone, or a reported one, alone', () => {
    expect(warnings('generalisation', 'Warga tidak perlu khawatir karena stok cukup, kata Kepala Dinas.')).toEqual([])
    expect(warnings('generalisation', 'Pasien tidak perlu lagi antre ke luar kota.')).toEqual([])
  })
})

describe('round 9: a bare "dipastikan" before an outcome', () => {
  it('reports an unattributed certainty', () => {
    expect(warnings('unattributed-certainty', 'Stok beras di pasar tradisional dipastikan aman hingga akhir tahun.')).toEqual(['dipastikan aman'])
    expect(warnings('unattributed-certainty', 'Laga final Minggu (12/10) dipastikan akan berjalan seru.')).toEqual(['dipastikan akan berjalan'])
  })

  it('leaves a negated or attributed "dipastikan" and "dapat dipastikan" (the lexicon entry) single', () => {
    expect(warnings('unattributed-certainty', 'Jadwal pertandingan belum dipastikan aman dari hujan.')).toEqual([])
    expect(warnings('unattributed-certainty', 'Menurut Kepala Dinas Perdagangan, stok dipastikan aman.')).toEqual([])
    expect(warnings('unattributed-certainty', 'Stok dapat dipastikan aman.')).toHaveLength(1)
  })
})

describe('round 9: labels of character on a group', () => {
  it('reports a judgement of character put on a group, after an adverb too', () => {
    expect(warnings('loaded-language', 'Penertiban dilakukan karena pedagang memang egois dan menutup trotoar.')).toEqual(['pedagang memang egois'])
    expect(warnings('loaded-language', 'Petugas menghadapi pengendara yang sulit diatur di simpang itu.')).toEqual(['pengendara yang sulit diatur'])
  })

  it('leaves a negated label and reluctance alone', () => {
    expect(warnings('loaded-language', 'Pedagang tidak egois, kata Lurah.')).toEqual([])
    expect(warnings('loaded-language', 'Pembeli malas datang karena hujan deras sejak pagi.')).toEqual([])
  })
})

describe('round 9: fixed terms with "luar biasa" and "sempurna" are not puffery', () => {
  it('leaves kejadian luar biasa, sekolah luar biasa, rapat luar biasa and gerhana sempurna alone', () => {
    expect(warnings('puffery', 'Dinkes menetapkan status kejadian luar biasa setelah 12 kasus campak.')).toEqual([])
    expect(warnings('puffery', 'Siswa sekolah luar biasa mengikuti lomba melukis.')).toEqual([])
    expect(warnings('puffery', 'Koperasi menggelar rapat luar biasa pada Sabtu (14/11).')).toEqual([])
    expect(warnings('puffery', 'Warga menyaksikan gerhana sempurna dari alun-alun.')).toEqual([])
  })

  it('still reports "luar biasa" as praise', () => {
    expect(warnings('puffery', 'Antusiasme warga sungguh luar biasa.')).toEqual(['luar biasa'])
  })
})

describe('round 9 (phase 2): open classes widened', () => {
  it('a bare "dipastikan" before any predicate, after up to two modifiers', () => {
    expect(warnings('unattributed-certainty', 'Dengan penertiban ini, pungutan liar dipastikan tidak akan terulang lagi.')).toEqual(['dipastikan tidak akan terulang'])
    expect(warnings('unattributed-certainty', 'Pemenang lomba dipastikan oleh dewan juri pada Jumat (16/10).')).toEqual([])
    expect(warnings('unattributed-certainty', 'Status lahan dipastikan setelah pengukuran BPN selesai.')).toEqual([])
    expect(warnings('unattributed-certainty', 'Dengan kemenangan ini, tim futsal SMP 5 dipastikan lolos ke final.')).toEqual([])
    expect(warnings('unattributed-certainty', 'Satu penghuni dipastikan selamat setelah dievakuasi petugas.')).toEqual([])
  })

  it('a label of character on firms, in the reduplicated plural too', () => {
    expect(warnings('loaded-language', 'Verifikasi menjadi benteng dari perusahaan-perusahaan culas yang menahan ijazah.')).toEqual(['perusahaan-perusahaan culas'])
  })
})
