import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'

const counts = (title: string, lead: string, body: string) =>
  analyzeArticle({ title, lead, body, publishedAt: '2026-10-12' }, { rules: ['number-consistency'] }).map((f) => [f.excerpt, f.severity])

describe('number-consistency: a collective numeral refers back (round 16)', () => {
  it('reports a collective with a demonstrative that gives the set another size', () => {
    expect(counts('Tiga Gedung Sekolah Direnovasi', 'Dinas Pendidikan merenovasi tiga gedung sekolah di wilayah barat.', 'Kelima gedung tersebut rusak akibat angin kencang awal bulan. Pekerjaan dimulai pekan depan.')).toEqual([
      ['Kelima gedung', 'warning'],
    ])
    expect(counts('Pemkot Operasikan 12 Bus Listrik', 'Pemerintah kota mengoperasikan 12 bus listrik mulai Senin.', 'Kesebelas bus listrik itu melayani tiga koridor baru.')).toEqual([['Kesebelas bus', 'warning']])
  })

  it('reads a classifier before the noun', () => {
    expect(counts('Empat Ambulans Diserahkan', 'Wali kota menyerahkan empat ambulans kepada puskesmas.', 'Ketiga unit ambulans tersebut dilengkapi tabung oksigen.')).toEqual([['Ketiga unit ambulans', 'warning']])
  })

  it('accepts the same size, an ordinal after the noun and a part named before', () => {
    expect(counts('Empat Taman Kota Dibuka', 'Empat taman kota dibuka untuk umum.', 'Keempat taman itu dilengkapi lampu tenaga surya.')).toEqual([])
    expect(counts('Empat Taman Kota Dibuka', 'Empat taman kota dibuka untuk umum.', 'Taman kelima direncanakan dibangun tahun depan di sisi timur.')).toEqual([])
    expect(counts('Lima Pasar Direvitalisasi', 'Lima pasar tradisional direvitalisasi tahun ini.', 'Tiga di antaranya berada di sisi utara. Ketiga pasar itu dibangun ulang total.')).toEqual([])
    expect(counts('Enam Tim Bertanding', 'Enam tim bertanding di babak penyisihan.', 'Empat tim terbaik melaju ke semifinal. Keempat tim itu bertanding Sabtu.')).toEqual([])
  })

  it('keeps "kedua" and a collective without a demonstrative as info', () => {
    expect(counts('Tiga Jembatan Diperbaiki', 'Dinas memperbaiki tiga jembatan.', 'Kedua jembatan itu ditutup selama perbaikan.')).toEqual([['Kedua jembatan', 'info']])
    expect(counts('Tiga Jembatan Diperbaiki', 'Dinas memperbaiki tiga jembatan.', 'Keempat jembatan dibangun pada masa kolonial.')).toEqual([['Keempat jembatan', 'info']])
  })

  it('does not read idioms or a collective with no earlier count', () => {
    expect(counts('Tiga Siswa Berprestasi Diundang', 'Tiga siswa berprestasi diundang ke balai kota.', 'Kedua orang tua siswa turut hadir. Ini kedua kalinya acara digelar.')).toEqual([])
    expect(counts('Pelatihan Kader Digelar', 'Pelatihan kader digelar di balai kelurahan.', 'Keempat kader itu mendapat sertifikat.')).toEqual([])
  })
})

describe('number-consistency: a selecting superlative names a part (round 16)', () => {
  it('does not compare the best of a set with the set', () => {
    expect(counts('Delapan Regu Ikuti Lomba Baris', 'Delapan regu mengikuti lomba baris-berbaris tingkat kecamatan.', 'Tiga regu terbaik mendapat piala dan uang pembinaan.')).toEqual([])
    expect(counts('Pemkot Latih 40 Pemandu Wisata', 'Pemkot melatih 40 pemandu wisata selama sepekan.', 'Sebanyak 12 pemandu terpilih akan dikirim ke pameran wisata.')).toEqual([])
  })

  it('still compares a count whose modifier the headline names', () => {
    expect(counts('Lima Regu Terbaik Dapat Piala', 'Lima regu terbaik mendapat piala.', 'Tiga regu terbaik mendapat piala dan uang pembinaan.')).toEqual([['Lima regu', 'warning']])
  })
})

describe('number-consistency: a count naming its noun before the figure (round 16)', () => {
  it('compares "jumlah <noun> … N orang" and "<noun> berjumlah N" with the lead', () => {
    expect(counts('Lomba Mewarnai Digelar', 'Sebanyak 180 anak mengikuti lomba mewarnai di taman kota.', 'Panitia menyebut jumlah anak tahun ini sebanyak 210 orang.')).toEqual([['180 anak', 'warning']])
    expect(counts('Pelatihan Digital untuk UMKM', 'Dinas Koperasi melatih 60 pelaku usaha mikro.', 'Pelaku usaha tersebut berjumlah 66 orang, kata kepala dinas.')).toEqual([['60 pelaku', 'warning']])
  })

  it('accepts the same figure, an approximate one, a narrowed set and another noun after the figure', () => {
    expect(counts('Lomba Mewarnai Digelar', 'Sebanyak 180 anak mengikuti lomba mewarnai.', 'Jumlah anak tahun ini sebanyak 180 orang.')).toEqual([])
    expect(counts('Lomba Mewarnai Digelar', 'Sebanyak 180 anak mengikuti lomba mewarnai.', 'Jumlah anak mencapai 200 orang bila pendamping dihitung.')).toEqual([])
    expect(counts('Lomba Mewarnai Digelar', 'Sebanyak 180 anak mengikuti lomba mewarnai.', 'Jumlah anak perempuan sebanyak 95 orang.')).toEqual([])
    expect(counts('Lomba Mewarnai Digelar', 'Sebanyak 180 anak mengikuti lomba mewarnai.', 'Jumlah anak tahun lalu sebanyak 150 orang.')).toEqual([])
    expect(counts('Lomba Mewarnai Digelar', 'Sebanyak 180 anak mengikuti lomba mewarnai.', 'Jumlah anak sebanyak 3,5 persen dari target.')).toEqual([])
  })
})
