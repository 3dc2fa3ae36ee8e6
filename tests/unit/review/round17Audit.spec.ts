import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'
import type { RuleId } from '@/review/types'

const found = (title: string, body: string, rules: RuleId[], publishedAt = '2026-10-12') =>
  analyzeArticle({ title, body, publishedAt }, { rules })
    .filter((f) => f.severity !== 'info')
    .map((f) => [f.rule, f.excerpt])

describe('round 17 audit: question-and-answer interviews', () => {
  const interview =
    'Wawancara singkat dengan pengelola perpustakaan kampung, Rina Lestari (41).\n\nKapan perpustakaan buka?\n"Setiap sore pukul 15.00 sampai 18.00. Hari Minggu buka sejak pagi."\n\nSiapa saja pengunjungnya?\n"Kebanyakan anak SD dan ibu-ibu yang menunggu anaknya."'
  it('does not ask for a speaker for answers under question lines', () => {
    expect(found('Wawancara: Perpustakaan Kampung', interview, ['unattributed-quote'])).toEqual([])
  })

  it('still asks for one for a lone quote after a question', () => {
    const lone = 'Apa kata warga?\n"Jalannya sekarang mulus."'
    expect(found('Jalan Kampung', lone, ['unattributed-quote'])).toHaveLength(1)
  })
})

describe('round 17 audit: counts and totals', () => {
  it('does not count a measure with a unit of concentration', () => {
    const body = 'Rata-rata kadar debu pada Mei tercatat 31,2 mikrogram per meter kubik.\n\nDi pos pantau utara kadarnya 35,4 mikrogram per meter kubik.'
    expect(found('Kadar Debu Mei 31,2 Mikrogram', body, ['number-consistency'])).toEqual([])
  })

  it('reads the parts of the total\'s own noun when each part is given in two units', () => {
    const body = 'Sebanyak 30 KK atau 100 jiwa mengungsi ke balai desa. Rinciannya, 18 KK atau 62 jiwa dari dusun barat dan 12 KK atau 38 jiwa dari dusun timur.'
    expect(found('Pengungsi Banjir', body, ['parts-total'])).toEqual([])
  })

  it('adds a list item standing in the sentence before the list', () => {
    const body = 'Sebanyak 30 sekolah membuka 900 kursi.\n\nKursi terbanyak ada di jenjang SD dengan 400 kursi. Jenjang SMP menyediakan 300 kursi dan SMA 200 kursi.'
    expect(found('Kursi Sekolah', body, ['parts-total'])).toEqual([])
  })

  it('reads a breakdown of an earlier figure, and a count of those who passed', () => {
    const money = 'Penerimaan retribusi hingga Juni mencapai Rp45 miliar, sekitar 50 persen dari target Rp90 miliar. Penerimaan tersebut terdiri atas retribusi parkir Rp20 miliar, retribusi pasar Rp15 miliar, dan retribusi lain Rp10 miliar.'
    expect(found('Retribusi Semester Pertama', money, ['parts-total'])).toEqual([])
    const passed = 'Sebanyak 28 dari 30 peserta lulus ujian.\n\nPada kelas A, 15 peserta lulus. Pada kelas B, 13 peserta lulus.'
    expect(found('Ujian Kursus', passed, ['parts-total'])).toEqual([])
  })

  it('adds two lists of prizes before their total', () => {
    const body = 'Kategori anak mendapat Rp3 juta, Rp2 juta, dan Rp1 juta. Kategori dewasa mendapat Rp5 juta, Rp3 juta, dan Rp2 juta. Total hadiah Rp16 juta.'
    expect(found('Lomba Mewarnai', body, ['parts-total'])).toEqual([])
  })

  it('reads no count after a score', () => {
    expect(found('Final Voli', 'Tim putri menang 25-19 atas tim tamu. Turnamen diikuti 12 tim, terdiri atas 7 tim putra dan 5 tim putri.', ['parts-total'])).toEqual([])
  })
})

describe('round 17 audit: other classes', () => {
  it('pairs two days with two dates in order', () => {
    expect(found('Turnamen', 'Turnamen digelar pada Sabtu dan Minggu, 10 dan 11 Oktober 2026.', ['weekday-date'])).toEqual([])
    expect(found('Turnamen', 'Turnamen digelar pada Sabtu dan Minggu, 28 Februari dan 1 Maret 2026.', ['weekday-date'])).toEqual([])
    expect(found('Turnamen', 'Turnamen digelar pada Jumat dan Sabtu, 28 Februari dan 1 Maret 2026.', ['weekday-date'])).toHaveLength(1)
  })

  it('reads "sekali" beside a count of times as once', () => {
    expect(found('Catur', 'Ia menang tiga kali dan kalah sekali.', ['intensifier'])).toEqual([])
  })

  it('reads a degree word in advice as the sign to watch for', () => {
    expect(found('Takjil', 'Warga diminta mewaspadai kerupuk yang sangat renyah meski lama dibiarkan terbuka.', ['intensifier'])).toEqual([])
  })

  it('reads a product name in capitals after its noun', () => {
    expect(found('Layanan', 'Warga mendaftar lewat aplikasi SEHATKU Mobile di ponsel.', ['all-caps'])).toEqual([])
  })

  it('keeps twins listed side by side apart', () => {
    const body = 'Di antara peserta terdapat saudara kembar, Galih Santosa Putra dan Gilih Santosa Putra (15). Galih bermain biola, sedangkan Gilih bermain selo.'
    expect(found('Orkestra Pelajar', body, ['name-consistency'])).toEqual([])
  })
})
