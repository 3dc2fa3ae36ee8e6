import { describe, expect, it } from 'vitest'

import { check, warnings } from './helpers'

// Round 19: words that crown a thing as epoch-making or famous are the writer's praise. Sentences of my own.

const article = (body: string) => ({ title: 'Layanan Baru Kelurahan', body, publishedAt: '2026-06-10' })

describe('round 19: epoch and fame praise words', () => {
  it('reports them in the writer’s voice', () => {
    expect(warnings('puffery', article('Sistem antrean daring ini merupakan langkah revolusioner bagi pelayanan kelurahan.'))).toEqual(['revolusioner'])
    expect(warnings('puffery', article('Jembatan gantung itu menjadi karya monumental para perajin kampung.'))).toEqual(['monumental'])
    expect(warnings('puffery', article('Warung soto ikonik di sudut pasar kembali buka setelah renovasi.'))).toEqual(['ikonik'])
    expect(warnings('puffery', article('Pameran menghadirkan mahakarya pembatik kampung.'))).toEqual(['mahakarya'])
    expect(warnings('puffery', article('Penonton memadati panggung grup keroncong legendaris itu.'))).toEqual(['legendaris'])
  })

  it('leaves them to the speaker inside a quote, and in a name', () => {
    const quoted = 'Lurah menyebutnya "perubahan revolusioner untuk warga," ujarnya.'
    expect(warnings('puffery', article(quoted))).toEqual([])
    expect(check('puffery', article(quoted)).map((f) => f.severity)).toEqual(['info'])
    expect(warnings('puffery', article('Rombongan menginap di Hotel Ikonik Malioboro selama dua malam.'))).toEqual([])
  })
})
