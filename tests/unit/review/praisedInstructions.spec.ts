import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'
import type { RuleId } from '@/review/types'

import { warnings } from './helpers'

const credit = (body: string, title = 'Berita Kota') => warnings('writer-credit', { title, body, publishedAt: '2026-10-07' })

describe('writer-credit: an instruction or idea praised before the official (round 22)', () => {
  it('reports "atas/karena/berkat" + an instruction + praise + the official', () => {
    expect(credit('Atas gagasan cemerlang Wali Kota, tema karnaval tahun ini mengangkat kisah kampung tua.')).toEqual(['Atas gagasan cemerlang Wali Kota'])
    expect(credit('Posko dibuka 24 jam.\n\nSemua itu terlaksana karena arahan bijak Camat Gondokusuman.')).toEqual(['karena arahan bijak Camat'])
    expect(credit('Berkat prakarsa brilian Lurah, warga kini punya bank sampah.')).toEqual(['Berkat prakarsa brilian Lurah'])
    expect(credit('Jalan kampung dicor.', 'Atas Arahan Tegas Kepala Dinas, Proyek Dikebut')).toEqual(['Atas Arahan Tegas Kepala Dinas'])
  })

  it('hides the praise word inside the credit', () => {
    const rules: RuleId[] = ['writer-credit', 'puffery']
    const found = analyzeArticle({ title: 'Karnaval', body: 'Atas gagasan cemerlang Wali Kota, karnaval digelar.', publishedAt: '2026-10-07' }, { rules })
    expect(found.map((f) => f.rule)).toEqual(['writer-credit'])
  })

  it('stays silent on a plain instruction, a quote or reported speech', () => {
    expect(credit('Atas arahan Wali Kota, posko banjir dibuka di tiga kemantren.')).toEqual([])
    expect(credit('Karena gagasan itu dinilai cemerlang oleh juri, Kampung Sayidan menang.')).toEqual([])
    expect(credit('"Atas gagasan cemerlang Wali Kota, karnaval ini lahir," kata Ketua Panitia.')).toEqual([])
    expect(credit('Menurut Ketua Panitia, atas gagasan cemerlang Wali Kota karnaval ini lahir.')).toEqual([])
  })
})
