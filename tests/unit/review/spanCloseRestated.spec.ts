import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const dates = (body: string) => excerpts('date-consistency', { title: 'Kegiatan Kota', body, publishedAt: '2026-08-01' })
const filler = '\n\nPanitia menyiapkan tenda, kursi, dan pengeras suara bagi pengunjung.\n\n'

describe('date-consistency: the close of a span written as two dates, restated on another day (round 21)', () => {
  it('reports the last day restated a day or more later, whatever words close the span', () => {
    expect(dates(`Kejuaraan renang pelajar dibuka di Kolam Renang Umbang Tirta, Jumat (9/10/2026). Kejuaraan berlangsung hingga Minggu (11/10/2026).${filler}Pada hari terakhir, Senin (12/10/2026), panitia mengumumkan juara umum.`)).toEqual(['12/10/2026'])
    expect(dates(`Pameran keris digelar di Museum Sonobudoyo mulai Senin, 3 Agustus 2026, sampai dengan Jumat, 7 Agustus 2026.${filler}Pameran ditutup oleh Kepala Dinas Kebudayaan pada Sabtu (8/8/2026).`)).toEqual(['8/8/2026'])
    expect(dates(`Bazar buku dibuka Senin (3/8/2026) dan berakhir pada Jumat, 7 Agustus 2026.${filler}Di hari terakhir bazar, 9 Agustus, pengunjung mencapai 2.000 orang.`)).toEqual(['9 Agustus'])
    expect(dates(`Festival jajanan pasar berlangsung 3 Agustus 2026 hingga 6 Agustus 2026 di Pasar Beringharjo.${filler}Penutupan festival pada Jumat (7/8/2026) dimeriahkan karawitan.`)).toEqual(['7/8/2026'])
  })

  it('stays silent on a registration deadline, the same last day, a date long after, and a close the lead never gave', () => {
    const span = 'Pameran keris digelar di Museum Sonobudoyo mulai Senin, 3 Agustus 2026, sampai dengan Jumat, 7 Agustus 2026.'
    expect(dates(`${span}${filler}Pendaftaran lomba foto pameran ditutup pada Sabtu (8/8/2026).`)).toEqual([])
    expect(dates(`${span}${filler}Pameran ditutup oleh Kepala Dinas Kebudayaan pada Jumat (7/8/2026).`)).toEqual([])
    expect(dates(`${span}${filler}Setelah hari terakhir itu, ruang pamer dipakai untuk lomba mewarnai pada Sabtu (15/8/2026).`)).toEqual([])
    expect(dates(`Pameran keris dibuka di Museum Sonobudoyo, Senin (3/8/2026).${filler}Pameran ditutup oleh Kepala Dinas Kebudayaan pada Sabtu (8/8/2026).`)).toEqual([])
  })
})
