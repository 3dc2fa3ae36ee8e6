import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

// Round 20: "yang terbukti …" followed by a sanction already stated as done is the condition of a rule
// (whoever was found doing it), not the writer's certainty. Sentences of my own.

const article = (body: string) => ({ title: 'Penertiban Pedagang', body, publishedAt: '2026-05-12' })

describe('round 20: proven offences with a sanction stated as done', () => {
  it('leaves the condition of a sanction alone, with or without "akan"', () => {
    expect(warnings('unattributed-certainty', article('Dua pedagang yang terbukti menjual daging gelonggongan dicabut izin berjualannya.'))).toEqual([])
    expect(warnings('unattributed-certainty', article('Kios yang terbukti menimbun minyak goreng langsung disegel petugas.'))).toEqual([])
    expect(warnings('unattributed-certainty', article('Pegawai yang terbukti memalsukan presensi diberhentikan sementara.'))).toEqual([])
  })

  it('still reports a proof the writer vouches for', () => {
    expect(warnings('unattributed-certainty', article('Program bank sampah terbukti mengurangi timbunan sampah di kampung.'))).toEqual(['terbukti'])
    expect(warnings('unattributed-certainty', article('Metode yang terbukti ampuh ini kini dipakai di semua sekolah.'))).toEqual(['terbukti'])
  })
})
