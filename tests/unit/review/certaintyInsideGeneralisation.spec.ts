import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'
import type { RuleId } from '@/review/types'

const rules: RuleId[] = ['generalisation', 'unattributed-certainty']
/** Warning-level findings of both rules, as [rule, excerpt] pairs. */
const both = (body: string, title = 'Berita Kota') =>
  analyzeArticle({ title, body, publishedAt: '2026-07-14' }, { rules })
    .filter((f) => f.severity !== 'info')
    .map((f) => [f.rule, f.excerpt])
const certainty = (body: string, title?: string) => both(body, title).filter(([rule]) => rule === 'unattributed-certainty').map(([, excerpt]) => excerpt)

describe('unattributed-certainty: a certainty adverb inside a generalisation is a claim of its own (round 22)', () => {
  it('reports the adverb the writer vouches with beside the whole group', () => {
    expect(certainty('Bus listrik mulai melayani rute kampus. Para mahasiswa tentu senang dengan tarif barunya.')).toEqual(['tentu'])
    expect(certainty('Los baru selesai dibangun.\n\nSemua pedagang tentunya lega karena atap tidak lagi bocor.')).toEqual(['tentunya'])
    expect(certainty('Seluruh penonton tentu saja terhibur oleh penampilan kelompok jatilan itu.')).toEqual(['tentu saja'])
    expect(certainty('Taman kota dibuka.', 'Warga Tentu Menyambut Baik Taman Kota Baru')).toEqual(['Tentu'])
  })

  it('keeps the generalisation beside it', () => {
    expect(both('Para mahasiswa tentu senang dengan tarif barunya.').map(([rule]) => rule).sort()).toEqual(['generalisation', 'unattributed-certainty'])
  })

  it('stays silent when the certainty phrase is the generalisation itself, a passive, or someone says it', () => {
    expect(certainty('Semua warga setuju dengan rencana pelebaran jalan itu.')).toEqual([])
    expect(certainty('Para wisatawan yang datang dipastikan pulang dengan hati senang.')).toEqual([])
    expect(certainty('"Warga tentu senang dengan jalan yang mulus," kata Lurah Baciro, Sutrisno.')).toEqual([])
    expect(certainty('Menurut Ketua Paguyuban, para pedagang tentu mendukung penataan itu.')).toEqual([])
  })
})
