import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const parts = (body: string) => excerpts('parts-total', { title: 'Berita Kota', body, publishedAt: '2026-10-12' })
const opening = 'Dinas Sosial membagikan 2.400 paket sembako kepada warga di 14 kemantren, Senin (12/10/2026).\n\n'

describe('parts-total: a ranked list closed by the rest in the next sentence (round 19)', () => {
  it('adds the rest to the ranked list and reports a total they miss', () => {
    expect(parts(`${opening}Paket terbanyak dibagikan di Kemantren Jetis dengan 520 paket, Kemantren Gondomanan 410 paket, dan Kemantren Kraton 380 paket. Sebanyak 1.030 paket lainnya dibagikan di sebelas kemantren lain.`)).toEqual(['2.400 paket'])
  })

  it('accepts a ranked list and rest that add up, also when the list opens in the sentence before', () => {
    expect(parts(`${opening}Paket terbanyak dibagikan di Kemantren Jetis dengan 520 paket, Kemantren Gondomanan 410 paket, dan Kemantren Kraton 380 paket. Sebanyak 1.090 paket lainnya dibagikan di sebelas kemantren lain.`)).toEqual([])
    expect(parts(`${opening}Paket terbanyak dibagikan di Kemantren Jetis sebanyak 520 paket. Berikutnya Kemantren Gondomanan 410 paket, Kemantren Kraton 380 paket, dan Kemantren Danurejan 300 paket. Sebanyak 790 paket lainnya dibagikan di sepuluh kemantren lain.`)).toEqual([])
  })
})

describe('parts-total: a ranked list a detailing verb announces (round 19)', () => {
  it('reads it as the breakdown when it covers nearly all of the total', () => {
    expect(parts(`${opening}Kepala dinas merinci pembagian terbanyak di Kemantren Jetis 900 paket, Kemantren Gondomanan 700 paket, dan Kemantren Kraton 600 paket.`)).toEqual(['2.400 paket'])
  })

  it('leaves a list of the largest parts alone without a detailing verb, or when it covers much less', () => {
    expect(parts(`${opening}Pembagian terbanyak di Kemantren Jetis 900 paket, Kemantren Gondomanan 700 paket, dan Kemantren Kraton 600 paket.`)).toEqual([])
    expect(parts(`${opening}Kepala dinas merinci pembagian terbanyak di Kemantren Jetis 700 paket, Kemantren Gondomanan 500 paket, dan Kemantren Kraton 400 paket.`)).toEqual([])
  })
})
