import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const dates = (body: string) => excerpts('date-consistency', { body, publishedAt: '2026-11-09' })
const lead = 'Dinas Perhubungan meluncurkan kartu parkir nontunai di kawasan Kotabaru, Senin (9/11/2026).\n\n'

describe('date-consistency: the day something takes effect is another step (round 19)', () => {
  it('leaves a date a week after the launch when the sentence says the thing takes effect from it', () => {
    expect(dates(`${lead}Kartu parkir nontunai berlaku di seluruh kawasan Kotabaru mulai Senin (16/11/2026).`)).toEqual([])
    expect(dates(`${lead}Pembayaran dengan kartu parkir nontunai efektif diberlakukan pada Senin (16/11/2026).`)).toEqual([])
  })

  it('still reports the launch itself restated a week off', () => {
    expect(dates(`${lead}Saat meluncurkan kartu parkir nontunai pada Senin (16/11/2026), kepala dinas meminta juru parkir membantu warga.`)).toEqual(['16/11/2026'])
  })
})
