import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const title = 'Ralat: Nama Pemenang Lomba Kebersihan Kampung'
const run = (rule: 'name-consistency' | 'number-consistency', body: string) => excerpts(rule, { title, body, publishedAt: '2026-10-12' })

describe('correction notices: "X, bukan Y seperti yang tertulis" gives the right version first (round 19)', () => {
  it('reads the right version before "bukan", so it counts for its spelling', () => {
    const body =
      'Pemenang lomba kebersihan Kampung Jogokaryan adalah Suryo Pranoto, bukan Suryo Pranowo seperti yang tertulis dalam berita sebelumnya.\n\n' +
      'Suryo Pranato memimpin kerja bakti kampung setiap Minggu pagi.\n\n' +
      'Redaksi mohon maaf kepada Suryo Pranoto dan pembaca.'
    expect(run('name-consistency', body)).toEqual(['Suryo Pranato'])
  })

  it('still leaves the wrong version after "bukan" unread', () => {
    const body =
      'Kampung pemenang lomba mengerahkan 120 warga, bukan 210 warga seperti yang tertulis dalam berita sebelumnya.\n\n' +
      'Sebanyak 120 warga membersihkan selokan dan halaman rumah.'
    expect(run('number-consistency', body)).toEqual([])
  })
})
