import { describe, expect, it } from 'vitest'

import { loadSpellChecker } from '@/review/spelling/loadSpellChecker'

import { warnings as all } from './helpers'

// Round 24: two or more short ordinary words in capitals are shouting even when each is as short as an acronym
// ("PENUH SESAK", "MASIH GRATIS"). Sentences of my own.

const checker = loadSpellChecker() ?? undefined
const warnings = (rule: 'all-caps', input: Parameters<typeof all>[1]) => all(rule, input, { spellChecker: checker })
const article = (body: string, title = 'Jalan Sehat') => ({ title, body, publishedAt: '2026-07-11' })

describe('round 24: short ordinary words shouted in capitals', () => {
  it('reports a run of dictionary words in capitals', () => {
    expect(warnings('all-caps', article('Lapangan Denggung sudah PENUH SESAK sejak pagi.'))).toEqual(['PENUH SESAK'])
    expect(warnings('all-caps', article('Tiket masuk museum MASIH GRATIS sampai akhir bulan.'))).toEqual(['MASIH GRATIS'])
    expect(warnings('all-caps', article('Stok beras murah di pasar itu LUDES, HABIS dalam dua jam.'))).toEqual(['LUDES, HABIS'])
    expect(warnings('all-caps', article('Acara dibuka.\n\nAntrean warga MULAI RAMAI selepas salat subuh.'))).toEqual(['MULAI RAMAI'])
  })

  it('leaves acronyms and names in capitals alone', () => {
    expect(warnings('all-caps', article('Petugas PMI dan BPBD DIY berjaga di lokasi.'))).toEqual([])
    expect(warnings('all-caps', article('Siswa SMA N 3 dan SMK PIRI ikut lomba.'))).toEqual([])
    expect(warnings('all-caps', article('Warga antre di loket PT KAI Daop 6.'))).toEqual([])
    expect(warnings('all-caps', article('Kegiatan didukung Bank BPD DIY dan RSUD Wirosaban.'))).toEqual([])
  })
})
