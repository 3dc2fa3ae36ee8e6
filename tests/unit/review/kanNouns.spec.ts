import { describe, expect, it } from 'vitest'

import { isKanNoun } from '@/review/rules/kanNouns'
import { loadSpellChecker } from '@/review/spelling/loadSpellChecker'

import { warnings } from './helpers'

// Round 20: a noun of a root in -k ("pertunjukan", "pendidikan", "pembentukan") opening an exclaimed
// sentence is its subject, not a -kan imperative. Sentences of my own.

const checker = loadSpellChecker()
const isWord = checker ? (word: string) => checker.isWord(word) : null
const article = (body: string) => ({ title: 'Pentas Seni', body, publishedAt: '2026-06-08' })
const orders = (body: string) => warnings('call-to-action', article(body), { spellChecker: checker })

describe.runIf(checker)('round 20: nouns in -kan are not orders', () => {
  it('tells the confixed noun from the imperative', () => {
    for (const noun of ['pertunjukan', 'pendidikan', 'pembentukan']) expect(isKanNoun(noun, isWord), noun).toBe(true)
    for (const verb of ['perhatikan', 'pertahankan', 'kenalkan', 'keluarkan', 'pesankan', 'ramaikan', 'tunjukkan']) expect(isKanNoun(verb, isWord), verb).toBe(false)
    expect(isKanNoun('pertunjukan', null)).toBe(false)
  })

  it('leaves an exclaimed sentence with a noun subject alone', () => {
    expect(orders('Pertunjukan tari anak-anak sanggar itu memukau ratusan penonton!')).toEqual([])
    expect(orders('Pendidikan anak usia dini di kampung itu sudah berjalan tiga tahun!')).toEqual([])
  })

  it('still reports an exclaimed order', () => {
    expect(orders('Perhatikan jadwal keberangkatan kereta sebelum berangkat!')).toHaveLength(1)
    expect(orders('Ramaikan pertunjukan tari di balai kampung!')).toHaveLength(1)
  })
})
