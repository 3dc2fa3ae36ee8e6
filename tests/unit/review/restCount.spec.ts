import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const counts = onBody('number-consistency', '150 Pedagang Kaki Lima Terima Gerobak Usaha')

describe('round 18: a count named as the rest is no restatement (number-consistency)', () => {
  const lead = 'Pemerintah kota membagikan gerobak usaha kepada 150 pedagang kaki lima, Senin (12/10/2026). Penyerahan pertama diberikan kepada 30 pedagang kaki lima di Balai Kota.'

  it('leaves "Sisa N …" and "sisanya N …" after a first batch', () => {
    expect(counts(`${lead}\n\nSisa 120 pedagang kaki lima menerima gerobak secara bertahap hingga Desember.`)).toEqual([])
    expect(counts(`${lead}\n\nAdapun sisanya 120 pedagang menerima gerobak pada November.`)).toEqual([])
  })

  it('still reports the whole restated with another figure', () => {
    expect(counts(`${lead}\n\nSeluruh 170 pedagang kaki lima itu telah didata sejak Juli.`)).toEqual(['170 pedagang'])
  })
})
