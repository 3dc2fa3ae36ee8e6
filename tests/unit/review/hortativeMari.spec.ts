import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

// Round 19: "Mari"/"Marilah" before an imperative verb invites the reader as "mari kita" does. Sentences of my own.

const article = (body: string) => ({ title: 'Kerja Bakti Serentak', body, publishedAt: '2026-08-09' })

describe('round 19: the hortative "mari" without "kita"', () => {
  it('reports the writer’s invitation', () => {
    expect(warnings('call-to-action', article('Kerja bakti digelar di 45 kelurahan. Mari rapikan selokan di lingkungan masing-masing.'))).toEqual(['Mari rapikan selokan di lingkungan masing-masing'])
    expect(warnings('call-to-action', article('Kerja bakti digelar di 45 kelurahan. Marilah sukseskan gerakan ini bersama.'))).toEqual(['Marilah sukseskan gerakan ini bersama'])
  })

  it('leaves a quoted invitation, a name and a sentence with no order', () => {
    expect(warnings('call-to-action', article('"Mari bersihkan selokan bersama," kata Lurah Gowongan, Sutarno.'))).toEqual([])
    expect(warnings('call-to-action', article('Acara dibuka oleh Mari Elka, perwakilan warga.'))).toEqual([])
    expect(warnings('call-to-action', article('Kampung Mari Senang menjadi tuan rumah kerja bakti.'))).toEqual([])
  })
})
