import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const claims = (body: string, title = 'Berita') => warnings('unsourced-superlative', { title, body, publishedAt: '2026-06-01' })

describe('unsourced-superlative: a record and the superlative saying what it is (round 21)', () => {
  it('reports one claim over both', () => {
    expect(claims('Pawai itu mencetak rekor baru dengan jumlah andong terbanyak di Indonesia.')).toEqual(['mencetak rekor baru dengan jumlah andong terbanyak di Indonesia'])
    expect(claims('Foto: Batik sepanjang 2 kilometer ini menorehkan rekor sebagai kain batik terpanjang di dunia.')).toEqual([
      'menorehkan rekor sebagai kain batik terpanjang di dunia',
    ])
    expect(claims('Apa istimewanya?\n\nKirab ini rekor baru untuk peserta terbanyak se-Jawa Tengah.')).toEqual(['rekor baru untuk peserta terbanyak se-Jawa Tengah'])
    expect(claims('Festival ini memecahkan rekor nasional sebagai festival kuliner paling ramai di Indonesia.')).toEqual([
      'memecahkan rekor nasional sebagai festival kuliner paling ramai di Indonesia',
    ])
  })

  it('keeps two claims apart across a clause boundary or far away', () => {
    expect(claims('Pawai itu mencetak rekor baru. Pesertanya terbanyak di Indonesia.')).toEqual(['mencetak rekor baru', 'terbanyak di Indonesia'])
    expect(claims('Pawai itu mencetak rekor baru, sementara pasar malamnya paling ramai di Indonesia.')).toEqual(['mencetak rekor baru', 'paling ramai di Indonesia'])
  })
})
