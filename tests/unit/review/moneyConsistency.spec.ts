import { describe, expect, it } from 'vitest'

import { findMoneyMentions } from '@/review/findMoneyMentions'

import { check } from './helpers'

describe('money-consistency', () => {
  it('values amounts the Indonesian way ("Rp2,5 miliar" = "Rp 2.500.000.000")', () => {
    const values = findMoneyMentions('Rp2,5 miliar, Rp 2.500.000.000, Rp750 Juta, Rp. 1,2 M, 3 juta rupiah, Rp5.000,-').map((m) => m.value)
    expect(values).toEqual([2.5e9, 2.5e9, 7.5e8, 1.2e9, 3e6, 5000])
  })

  it('reports the same budget a factor of ten apart in the body (the rarer, else later amount)', () => {
    const findings = check('money-consistency', 'Pekerjaan itu menelan anggaran Rp2,5 miliar dari APBD. Menurut dia, anggaran Rp25 miliar itu juga mencakup sumur resapan.')
    expect(findings.map((f) => [f.excerpt, f.suggestion])).toEqual([['Rp25 miliar', 'Rp2,5 miliar']])
    expect(findings[0].message).toContain('Rp25.000.000.000')
  })

  it('reports a headline amount the body gives differently', () => {
    const findings = check('money-consistency', {
      title: 'DPRD Setujui Anggaran Rp1,2 Miliar untuk Pasar',
      body: 'Anggaran senilai Rp12 miliar itu bersumber dari APBD Perubahan.',
    })
    expect(findings.map((f) => [f.field, f.excerpt])).toEqual([['title', 'Rp1,2 Miliar']])
  })

  it('accepts the same amount written two ways, and different things', () => {
    expect(check('money-consistency', { title: 'Pemkot Alokasikan Rp2,5 Miliar untuk Beasiswa', body: 'Anggaran Rp 2.500.000.000 disiapkan. Setiap pelajar menerima Rp4 juta.' })).toEqual([])
    expect(check('money-consistency', 'Anggaran gedung Rp18 miliar. Setiap penerima mendapat bantuan Rp1,8 juta.')).toEqual([])
  })
})

describe('money-consistency: round 13', () => {
  it('reports reordered digits of one sum under two thing words its sentence names together', () => {
    const body = 'Modal usaha kelompok berasal dari dana bantuan sebesar Rp24,6 juta. Dana itu dipakai untuk membeli mesin jahit.\n\nDari modal Rp26,4 juta yang dikeluarkan, kelompok menargetkan balik modal dalam setahun.'
    expect(check('money-consistency', body).map((f) => f.excerpt)).toEqual(['Rp26,4 juta'])
    expect(check('money-consistency', body.replace('Modal usaha kelompok berasal', 'Kelompok menerima'))).toEqual([])
  })
})

describe('money-consistency: round 14', () => {
  it('keeps two kinds of one cost apart (upkeep against works, the rest against the whole)', () => {
    expect(check('money-consistency', 'Perbaikan jembatan menelan biaya Rp740 juta. Biaya pemeliharaan tahunan jembatan diperkirakan Rp74 juta.')).toEqual([])
    expect(check('money-consistency', 'Panitia menghimpun dana Rp520 juta dari donatur. Sisa dana Rp52 juta dipakai untuk membeli kursi.')).toEqual([])
    expect(check('money-consistency', 'Perbaikan jembatan menelan biaya Rp740 juta. Biaya perbaikan itu mencapai Rp74 juta.').map((f) => f.excerpt)).toEqual(['Rp74 juta'])
  })

  it('reports a reference back to a grant of another value', () => {
    const body = 'Pemkot menyalurkan beasiswa senilai Rp2,4 miliar kepada 400 pelajar. Menurut dinas, beasiswa Rp2,1 miliar itu bersumber dari APBD.'
    expect(check('money-consistency', body).map((f) => f.excerpt)).toEqual(['Rp2,1 miliar'])
  })

  it('reports a total that is not the count times the amount per unit', () => {
    const input = { title: 'Bantuan Rumah Rp700 Juta', body: 'Kelurahan menerima bantuan Rp700 juta untuk 15 rumah.\n\nSetiap rumah mendapat Rp40 juta untuk bahan bangunan.' }
    expect(check('money-consistency', input).map((f) => [f.excerpt, f.suggestion])).toEqual([['Rp40 juta', 'Rp46.666.667']])
    const once = 'Kelurahan menerima bantuan Rp700 juta untuk 15 rumah. Setiap rumah mendapat Rp40 juta.'
    expect(check('money-consistency', once).map((f) => [f.excerpt, f.suggestion])).toEqual([['Rp700 juta', 'Rp600.000.000']])
  })

  it('accepts products that agree and several amounts per unit', () => {
    expect(check('money-consistency', 'Bantuan Rp600 juta untuk 15 rumah. Setiap rumah mendapat Rp40 juta.')).toEqual([])
    expect(check('money-consistency', 'Sebanyak 300 mahasiswa menerima beasiswa Rp1,8 miliar, masing-masing Rp6 juta.')).toEqual([])
    expect(check('money-consistency', 'Hadiah Rp20 juta untuk 10 pemenang. Setiap pemenang utama mendapat Rp3 juta, pemenang harapan Rp1 juta per orang.')).toEqual([])
  })
})

describe('money-consistency: round 14, phase 2', () => {
  it('takes a range per unit for no unit amount', () => {
    expect(check('money-consistency', 'Hibah Rp900 juta dibagikan kepada 30 sanggar. Setiap sanggar menerima antara Rp20 juta hingga Rp45 juta.')).toEqual([])
  })
})

describe('money-consistency: round 14, phase 2', () => {
  it('reads a reference back after the unit of a unit amount ("Rp400.000 per bulan itu")', () => {
    const body = 'Setiap kader menerima insentif Rp4 juta per bulan dari APBD.\n\nMenurut seorang kader, insentif Rp400.000 per bulan itu cukup untuk ongkos.'
    expect(check('money-consistency', body).map((f) => f.excerpt)).toEqual(['Rp400.000'])
  })

  it('takes an unqualified cost and a qualified cost of the same kind for one cost', () => {
    const body = 'Gedung itu direnovasi dengan dana Rp3,15 miliar.\n\nSelain biaya renovasi sebesar Rp31,5 miliar, pemkot menyiapkan Rp90 juta per tahun.'
    expect(check('money-consistency', body).map((f) => f.excerpt)).toEqual(['Rp31,5 miliar'])
    expect(check('money-consistency', 'Gedung dibangun dengan anggaran pengadaan Rp3,15 miliar. Biaya pembangunan gedung lain Rp31,5 miliar.')).toEqual([])
  })

  it('reports a present price restated with its digits reordered', () => {
    const input = { title: 'Tarif Kolam Renang Jadi Rp35.000 per Orang', body: 'Tarif kolam renang kota ditetapkan menjadi Rp35.000 per orang.\n\nPengelola menyebut tarif yang saat ini Rp53.000 per orang itu berlaku hingga akhir tahun.' }
    expect(check('money-consistency', input).map((f) => [f.excerpt, f.suggestion])).toEqual([['Rp53.000', 'Rp35.000']])
    expect(check('money-consistency', { ...input, body: input.body.replace('yang saat ini Rp53.000', 'yang tahun lalu Rp53.000') })).toEqual([])
  })
})

describe('money-consistency: round 14 (clean copy after phase 2)', () => {
  it('leaves a total that also pays for other uses alone', () => {
    expect(check('money-consistency', 'Pemkot menyalurkan hibah Rp500 juta kepada 20 sanggar. Setiap sanggar menerima Rp20 juta untuk alat, sedangkan sisanya untuk pelatihan.')).toEqual([])
  })
})

// Round 15: sentences written for the test.
describe('money-consistency: round 15', () => {
  it('reads two words for a project’s cost as one thing for reordered digits', () => {
    const body = 'Renovasi gedung olahraga menelan biaya Rp4,75 miliar.\n\nMenurut kepala dinas, dana Rp4,57 miliar itu berasal dari APBD.'
    expect(check('money-consistency', body).map((f) => f.excerpt)).toEqual(['Rp4,57 miliar'])
    expect(check('money-consistency', 'Renovasi gedung menelan biaya Rp4,75 miliar.\n\nDana pemeliharaan Rp4,57 miliar disiapkan terpisah.')).toEqual([])
  })
  it('compares a unit amount referred back with the unit amounts of its thing and unit', () => {
    const body = 'Setiap kader menerima insentif Rp250.000 per bulan.\n\nInsentif Rp300.000 per bulan itu dibayarkan setiap tiga bulan.'
    expect(check('money-consistency', body).map((f) => f.excerpt)).toEqual(['Rp300.000'])
    expect(check('money-consistency', 'Setiap kader menerima insentif Rp250.000 per bulan.\n\nInsentif Rp600.000 per triwulan itu dibayarkan lewat bank.')).toEqual([])
  })
})

describe('money-consistency: round 15, a reference back with one possible antecedent', () => {
  it('reports a reference back that differs from the one amount given before', () => {
    const body = 'Proyek trotoar senilai Rp3,6 miliar dimulai bulan ini.\n\nMenurut kepala bidang, proyek senilai Rp3,9 miliar itu selesai dalam lima bulan.'
    expect(check('money-consistency', body).map((f) => f.excerpt)).toEqual(['Rp3,9 miliar'])
  })
  it('leaves an amount derived from it, or one among several, alone', () => {
    expect(check('money-consistency', 'Anggaran trotoar Rp5 miliar.\n\nSisa anggaran Rp2 miliar tersebut dipakai untuk taman.')).toEqual([])
    expect(check('money-consistency', 'Anggaran trotoar Rp5 miliar dan anggaran taman Rp3 miliar.\n\nDana Rp2 miliar tersebut berasal dari provinsi.')).toEqual([])
  })
})

describe('money-consistency: round 15, a share of a base', () => {
  it('reports an amount that is not the share of the base it is said to be', () => {
    const body = 'Pajak hiburan tahun ini ditargetkan Rp2 miliar.\n\nHingga September terkumpul Rp1,8 miliar atau 60 persen dari target.'
    expect(check('money-consistency', body).map((f) => f.excerpt)).toEqual(['Rp1,8 miliar'])
    expect(check('money-consistency', body.replace('60 persen', '90 persen'))).toEqual([])
  })
  it('reads the base written right after "dari"', () => {
    expect(check('money-consistency', 'Serapan mencapai Rp450 juta atau 45 persen dari pagu Rp900 juta.').map((f) => f.excerpt)).toEqual(['Rp450 juta'])
    expect(check('money-consistency', 'Serapan mencapai Rp450 juta atau 50 persen dari pagu Rp900 juta.')).toEqual([])
  })
})

describe('money-consistency: round 15, phase 2', () => {
  it('reads the words naming a sum as its thing when one set holds the other', () => {
    expect(check('money-consistency', 'Atlet itu menerima bonus prestasi sebesar Rp30 juta.\n\nBonus Rp300 juta itu akan ia tabung.').map((f) => f.excerpt)).toEqual(['Rp300 juta'])
    expect(check('money-consistency', 'Hadiah juara pertama Rp10 juta.\n\nHadiah juara harapan Rp1 juta.')).toEqual([])
  })
  it('reads "ini" after an amount as a reference back', () => {
    expect(check('money-consistency', 'Penataan taman menelan biaya Rp4,6 miliar.\n\nProyek senilai Rp46 miliar ini selesai Desember.').map((f) => f.excerpt)).toEqual(['Rp46 miliar'])
  })
  it('compares two amounts per person a power of ten apart', () => {
    expect(check('money-consistency', 'Bantuan sebesar Rp900.000 per orang diberikan untuk tiga bulan.\n\nDengan begitu setiap penerima memperoleh Rp9 juta.').map((f) => f.excerpt)).toEqual(['Rp9 juta'])
    expect(check('money-consistency', 'Tiket masuk Rp5.000 per orang.\n\nSewa perahu Rp50.000 per jam.')).toEqual([])
  })
})
