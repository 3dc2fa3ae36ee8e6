import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'
import type { RuleId } from '@/review/types'

const found = (title: string, body: string, rules: RuleId[]) =>
  analyzeArticle({ title, body, publishedAt: '2026-10-12' }, { rules })
    .filter((f) => f.severity !== 'info')
    .map((f) => [f.rule, f.excerpt])

describe('round 17 classes', () => {
  it('reads a bare "dijamin" before an outcome as the writer\'s certainty', () => {
    expect(found('Banjir', 'Dengan tanggul baru ini, banjir di kampung itu dijamin teratasi tahun depan.', ['unattributed-certainty'])).toHaveLength(1)
  })

  it('does not read "dijamin" before an entitlement, nor in a headline', () => {
    expect(found('Layanan', 'Peserta yang terdaftar dijamin mendapat layanan di puskesmas mana pun.', ['unattributed-certainty'])).toEqual([])
    expect(found('Layanan', 'Identitas pelapor dijamin kerahasiaannya oleh dinas.', ['unattributed-certainty'])).toEqual([])
    expect(found('Pengunjung Dijamin Puas, Ini Menu Barunya', 'Kafe itu membuka menu baru.', ['unattributed-certainty'])).toEqual([])
  })

  it('reads a habit of liking claimed of a whole group', () => {
    expect(found('Literasi', 'Kini semua warga di kampung itu gemar menulis cerita.', ['generalisation'])).toHaveLength(1)
  })

  it('reads a closing "Kok Bisa?" as a teaser', () => {
    expect(found('Nenek Ini Lulus Kuliah di Usia 70, Kok Bisa?', 'Ia lulus tahun ini.', ['clickbait'])).toEqual([['clickbait', 'Kok Bisa?']])
  })
})

describe('round 17 classes: excerpts and parts', () => {
  it('extends a percentage-sum excerpt over the last share\'s label to its clause end', () => {
    const body = 'Menurut hasil survei, 55 persen warga memilih bus, 30 persen memilih sepeda motor, dan 25 persen memakai mobil pribadi.'
    expect(found('Survei Transportasi', body, ['percentage-sum'])).toEqual([
      ['percentage-sum', '55 persen warga memilih bus, 30 persen memilih sepeda motor, dan 25 persen memakai mobil pribadi'],
    ])
  })

  it('reads a count set against the rest as a part, not a restatement', () => {
    const body = 'Survei dilakukan terhadap 1.800 responden di sepuluh titik.\n\nSebanyak 1.080 responden berasal dari luar kota, sedangkan sisanya warga setempat.'
    expect(found('Survei Wisatawan', body, ['number-consistency'])).toEqual([])
  })
})

describe('round 17 classes: short forms of part of an office', () => {
  const registry = [{ name: 'Dinas Pangan, Pertanian dan Perikanan', kind: 'unit' as const, variants: ['Dinpangan', 'Dinas Pangan'] }]
  const names = (body: string) =>
    analyzeArticle({ title: 'Berita', body, publishedAt: '2026-10-12' }, { rules: ['official-name'], registry }).map((f) => f.excerpt)

  it('reports a one-word short form that leaves part of a merged office out', () => {
    expect(names('Kepala Dinpangan Kota, Budi Santoso, membuka pasar tani.')).toEqual(['Dinpangan'])
  })

  it('leaves it when the article itself names the office by those words', () => {
    expect(names('Dinas Pangan Kota membuka pasar tani. Dinpangan menyiapkan 20 lapak.')).toEqual(['Dinas Pangan'])
  })
})

describe('round 17 classes: the first day of a registration restated', () => {
  const dates = (body: string) => analyzeArticle({ title: 'Pendaftaran Kursus', body, publishedAt: '2026-06-01' }, { rules: ['date-consistency'] }).map((f) => f.excerpt)
  it('compares "hari pertama pendaftaran, <date>" with the opening date', () => {
    expect(dates('Pendaftaran kursus menjahit dibuka mulai Senin, 15 Juni 2026.\n\nLoket bantuan buka sejak hari pertama pendaftaran, 16 Juni 2026, pukul 08.00.')).toEqual(['16 Juni'])
  })

  it('still excuses the close of a registration', () => {
    expect(dates('Kursus menjahit dimulai pada Senin, 15 Juni 2026.\n\nPendaftaran ditutup pada 12 Juni 2026.')).toEqual([])
  })
})
