import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

// Round 20: "harus/wajib segera" before a passive says what must happen to a thing (a procedure),
// not an order to the reader; before an active verb it still urges whoever reads. Sentences of my own.

const article = (body: string) => ({ title: 'Pertolongan Pertama', body, publishedAt: '2026-07-02' })

describe('round 20: urged obligations on a passive', () => {
  it('leaves a procedure for a thing alone', () => {
    expect(warnings('call-to-action', article('Bila terkena air keras, kulit harus segera dibilas dengan air bersih.'))).toEqual([])
    expect(warnings('call-to-action', article('Kendaraan yang terendam banjir wajib segera diperiksa di bengkel sebelum dinyalakan.'))).toEqual([])
  })

  it('still reports an urged obligation with an active verb', () => {
    expect(warnings('call-to-action', article('Pemilik kendaraan harus segera mengurus surat yang hilang ke kantor samsat.'))).toHaveLength(1)
  })
})
