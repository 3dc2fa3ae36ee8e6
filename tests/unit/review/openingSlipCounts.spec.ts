import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const counts = (title: string, body: string) => excerpts('number-consistency', { title, body, publishedAt: '2026-10-12' })

describe('number-consistency: an opening count the headline and a later paragraph contradict (round 19)', () => {
  it('reports the opening count when a later paragraph gives the headline figure', () => {
    const body =
      'Sebanyak 26 pedagang Pasar Kranggan terdampak kebakaran kios, Senin (12/10/2026) dini hari.\n\n' +
      'Lurah setempat mengatakan 62 korban kebakaran itu akan dipindahkan sementara ke los darurat di halaman pasar.'
    expect(counts('Kebakaran Kios, 62 Pedagang Dipindahkan', body)).toEqual(['26 pedagang'])
  })

  it('still reports the headline when nothing later confirms it', () => {
    const body =
      'Sebanyak 26 pedagang Pasar Kranggan terdampak kebakaran kios, Senin (12/10/2026) dini hari.\n\n' +
      'Lurah setempat mengatakan para pedagang akan dipindahkan sementara ke los darurat di halaman pasar.'
    expect(counts('Kebakaran Kios, 62 Pedagang Dipindahkan', body)).toEqual(['62 Pedagang'])
  })
})
