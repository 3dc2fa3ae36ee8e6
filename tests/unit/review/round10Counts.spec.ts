import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const nc = (title: string, body: string) => excerpts('number-consistency', { title, body, publishedAt: '2026-10-12' })

describe('round 10: counts of one event in headline, caption and opening paragraph', () => {
  it('reports the opening paragraph when headline and caption agree on another figure', () => {
    const body = 'Sebanyak 46 lansia di Kelurahan Baciro menerima pemeriksaan gratis, Senin (12/10/2026).\n\nPemeriksaan dilakukan petugas puskesmas.\n\nFoto: Petugas memeriksa 40 lansia di balai RW.'
    expect(nc('40 Lansia Terima Pemeriksaan Gratis', body)).toEqual(['46 lansia'])
  })

  it('leaves an opening paragraph that gives the headline figure too, or a count of a narrower group', () => {
    const contrast = 'Sebanyak 250 peserta mendaftar dan 200 peserta hadir, Senin (12/10/2026).\n\nFoto: Sebanyak 200 peserta mengikuti senam.'
    expect(nc('200 Peserta Ikuti Senam Massal', contrast)).toEqual([])
    const narrower = 'Sebanyak 45 pedagang sayur menerima bantuan lebih dulu, Senin (12/10/2026).\n\nFoto: Wali Kota menyerahkan bantuan kepada 120 pedagang.'
    expect(nc('120 Pedagang Terima Bantuan', narrower)).toEqual([])
  })

  it('does not take the place or origin of the opening count for a narrower scope', () => {
    expect(nc('Lomba Mewarnai Diikuti 180 Peserta', 'Lomba mewarnai diikuti 150 peserta dari berbagai TK, Minggu (11/10/2026).')).toEqual(['180 Peserta'])
    expect(nc('Pemkot Periksa 60 Hewan Kurban', 'Petugas memeriksa 80 hewan kurban di Kelurahan Wirobrajan, Senin (12/10/2026).')).toEqual(['60 Hewan'])
  })

  it('still lets a later place narrow a count', () => {
    const body = 'Petugas memeriksa 60 hewan kurban, Senin (12/10/2026).\n\nPemeriksaan juga menyasar 12 hewan di Kelurahan Wirobrajan.'
    expect(nc('Pemkot Periksa 60 Hewan Kurban', body)).toEqual([])
  })
})

describe('round 10: photo captions', () => {
  it('reports a caption counting more than the whole', () => {
    const body = 'Sebanyak 150 peserta mengikuti lomba mewarnai, Minggu (11/10/2026).\n\nFoto: Peserta lomba, 180 peserta, mewarnai di halaman balai kota.'
    expect(nc('Lomba Mewarnai HUT Kota', body)).toEqual(['180 peserta'])
  })

  it('reports a caption a power of ten off, but not a symbolic handover', () => {
    const base = 'Bantuan diserahkan kepada 500 penerima, Senin (12/10/2026).\n\n'
    expect(nc('Bantuan Pangan Disalurkan', `${base}Foto: Wali Kota menyerahkan bantuan kepada 50 penerima.`)).toEqual(['50 penerima'])
    expect(nc('Bantuan Pangan Disalurkan', `${base}Foto: Wali Kota menyerahkan bantuan secara simbolis kepada 10 penerima.`)).toEqual([])
  })
})

describe('round 10: a caption narrowed to a group the lead does not name', () => {
  it('leaves a caption count of one group, also framed as a total', () => {
    const body = 'Lomba mewarnai diikuti 150 peserta dari 32 TK, Minggu (11/10/2026).\n\nFoto: Sebanyak 40 peserta dari kelompok A mewarnai di aula.'
    expect(nc('Lomba Mewarnai Tingkat TK', body)).toEqual([])
  })

  it('still reports swapped digits in a caption that shows a part', () => {
    const body = 'Pengukuran dilakukan di 318 posyandu, Senin (12/10/2026).\n\nFoto: Kader mengukur balita di salah satu dari 381 posyandu di kota.'
    expect(nc('Penimbangan Balita Serentak', body)).toEqual(['381 posyandu'])
  })
})

describe('round 10: a later count referring back', () => {
  it('reports a count with a demonstrative that differs from the lead total', () => {
    const body = 'Sebanyak 150 kucing divaksin rabies, Minggu (11/10/2026).\n\nDokter hewan memeriksa tiap hewan.\n\nKe-130 kucing tersebut juga diberi obat cacing.'
    expect(nc('Vaksinasi Kucing Gratis', body)).toEqual(['130 kucing'])
  })

  it('leaves a reference back to a count given before', () => {
    const body = 'Sebanyak 150 kucing divaksin rabies, Minggu (11/10/2026). Dari jumlah itu, 30 kucing belum pernah divaksin.\n\nKe-30 kucing tersebut juga diberi obat cacing.'
    expect(nc('Vaksinasi Kucing Gratis', body)).toEqual([])
  })
})

describe('round 10 (phase 2): swapped digits are a slip whatever the framing', () => {
  it('reports approximate caption and lead figures with swapped digits, captions opening the body', () => {
    const body = 'Foto 1: Warga membersihkan selokan, Minggu (11/10/2026). Kerja bakti melibatkan sekitar 240 warga.\n\nFoto 2: Petugas mengangkut sampah.\n\nWarga tiga kelurahan menggelar kerja bakti, Minggu (11/10/2026), diikuti sekitar 420 warga.'
    expect(nc('Kerja Bakti Serentak di Kemantren', body)).toEqual(['240 warga'])
  })

  it('reports a two-digit restatement of the whole with swapped digits, even in a target', () => {
    const body = 'Dinas memperbaiki 16 jembatan kampung, Senin (12/10/2026).\n\nDinas menargetkan seluruh 61 jembatan selesai Desember.'
    expect(nc('Dinas Perbaiki 16 Jembatan Kampung', body)).toEqual(['61 jembatan'])
  })

  it('reports a later count with swapped digits in a sentence of change, not one about last year', () => {
    const change = 'Pemkot menyalurkan bantuan bagi 184 lansia, Senin (12/10/2026).\n\nDengan bertambahnya 148 lansia penerima baru, jumlah penerima aktif mencapai 900 orang.'
    expect(nc('Bantuan bagi 184 Lansia', change)).toEqual(['148 lansia'])
    const past = 'Pemkot menyalurkan bantuan bagi 184 lansia, Senin (12/10/2026).\n\nTahun lalu bantuan serupa diterima 148 lansia.'
    expect(nc('Bantuan bagi 184 Lansia', past)).toEqual([])
  })
})

describe('round 10: a two-word noun counted under its acronym', () => {
  it('compares "kepala keluarga" with a headline count of KK', () => {
    expect(nc('300 KK Terima Air Bersih', 'Sebanyak 330 kepala keluarga menerima bantuan air bersih, Senin (12/10/2026).')).toEqual(['300 KK'])
    expect(nc('300 KK Terima Air Bersih', 'Sebanyak 300 kepala keluarga menerima bantuan air bersih, Senin (12/10/2026).')).toEqual([])
  })
})
