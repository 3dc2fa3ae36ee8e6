import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'
import type { RuleId } from '@/review/types'

import { warnings } from './helpers'

const superlatives = (body: string, title = 'Berita Kota') => warnings('unsourced-superlative', { title, body, publishedAt: '2026-11-08' })

describe('unsourced-superlative: a province by its short name is a scope (round 22)', () => {
  it('reports a superlative scoped by DIY, Jateng, Jatim …', () => {
    expect(superlatives('Para pesilat kota tampil gemilang dan membuktikan diri sebagai yang terbaik di DIY.')).toEqual(['terbaik di DIY'])
    expect(superlatives('Pasar itu direnovasi.\n\nKini los daging di sana paling bersih di Jateng.')).toEqual(['paling bersih di Jateng'])
    expect(superlatives('Warga antusias.', 'Taman Baca Kampung Ini Terlengkap di DIY')).toEqual(['Terlengkap di DIY'])
    expect(superlatives('Dengan 40 wahana, taman itu menjadi yang termegah dan terlengkap di Jatim.')).toEqual(['termegah dan terlengkap di Jatim'])
  })

  it('hides the praise word inside the claim', () => {
    const rules: RuleId[] = ['puffery', 'unsourced-superlative']
    const found = analyzeArticle({ title: 'Silat', body: 'Tim silat kota menjadi yang terbaik di DIY.', publishedAt: '2026-11-08' }, { rules })
    expect(found.map((f) => f.rule)).toEqual(['unsourced-superlative'])
  })

  it('stays silent with a source, a hedge or no superlative', () => {
    expect(superlatives('Menurut data BPS, angka harapan hidup di kota ini tertinggi di DIY.')).toEqual([])
    expect(superlatives('Tim silat kota meraih juara umum Kejurda DIY.')).toEqual([])
    expect(superlatives('Kota Yogyakarta termasuk daerah dengan kepadatan penduduk tertinggi di Kota Yogyakarta.')).toEqual([])
    expect(superlatives('Pelatih menyebut timnya terbaik di DIY, kata Ketua IPSI, Sugiharto.')).toEqual([])
  })
})
