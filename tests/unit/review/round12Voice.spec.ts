import { describe, expect, it } from 'vitest'

import { check } from './helpers'

// Round 12: speech verbs after a closing quote. None of the examples is taken from the corpus.

describe('round 12: more speech verbs after a closing quote', () => {
  it('attributes a quote closed by "seru", "pinta" or "tanya" and a name', () => {
    expect(check('unattributed-quote', 'Lurah Sinduadi, Joko Prasetyo, membuka lomba. "Ayo semua ikut bersih-bersih!" seru Joko.')).toEqual([])
    expect(check('unattributed-quote', 'Panitia menutup acara. "Tolong sampahnya dibawa pulang," pinta Ketua Panitia Rina Wulandari.')).toEqual([])
  })

  it('still reports a quote with no speaker', () => {
    expect(check('unattributed-quote', 'Panitia menutup acara sore itu. "Sampah harus dibawa pulang."').length).toBe(1)
  })
})
