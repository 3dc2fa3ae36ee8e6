import { describe, expect, it } from 'vitest'

import { check } from './helpers'

describe('puffery', () => {
  it('reports superlatives in the writer voice as warnings', () => {
    const findings = check('puffery', {
      title: 'Pasar Terbaik Resmi Dibuka',
      body: 'Pasar yang megah ini menjadi yang pertama di Indonesia. Acaranya spektakuler dan luar biasa.',
    })
    expect(findings.map((f) => [f.field, f.excerpt, f.severity])).toEqual([
      ['title', 'Terbaik', 'warning'],
      // Round 17: praise words of one sentence a few words apart are one finding (run alone, the
      // puffery rule is not hidden by unsourced-superlative's "pertama di Indonesia").
      ['body', 'megah ini menjadi yang pertama di Indonesia', 'warning'],
      // Round 14: two praise words joined by "dan" are one claim, one finding.
      ['body', 'spektakuler dan luar biasa', 'warning'],
    ])
  })

  it('reports words in quotes or reported speech only as info', () => {
    expect(check('puffery', '"Ini pasar terbaik yang pernah kami bangun," kata Wali Kota.').map((f) => f.severity)).toEqual(['info'])
    expect(check('puffery', 'Menurut Wali Kota, pasar ini yang terbaik di DIY.').map((f) => f.severity)).toEqual(['info'])
    expect(check('puffery', 'Berdasarkan data Kemendagri, kota ini pertama di Indonesia yang memakai e-budgeting.').map((f) => f.severity)).toEqual([
      'info',
    ])
  })

  it('ignores proper names and negations', () => {
    expect(check('puffery', 'Rapat digelar di Hotel Megah Sari. Data itu belum sempurna.')).toEqual([])
  })

  it('covers English', () => {
    expect(check('puffery', 'The new market is spectacular and world-class.').map((f) => f.excerpt)).toEqual(['spectacular and world-class'])
  })
})

describe('puffery: round 13', () => {
  it('reports praise of pride or awe in the writer\'s voice, not the verb of boasting', () => {
    expect(check('puffery', 'Capaian imunisasi tahun ini sangat membanggakan.').map((f) => f.excerpt)).toEqual(['membanggakan'])
    expect(check('puffery', 'Penampilan para penari cilik itu mengagumkan.').map((f) => f.excerpt)).toEqual(['mengagumkan'])
    expect(check('puffery', 'Ia tidak pernah membanggakan diri atas jabatannya.')).toEqual([])
    expect(check('puffery', 'Hasil panen tahun ini kurang membanggakan karena hujan.')).toEqual([])
  })
})

describe('puffery: atmosphere praise (round 13)', () => {
  it('reports warmth and joy claimed for an event', () => {
    expect(check('puffery', 'Pentas seni berlangsung penuh kehangatan.').map((f) => f.excerpt)).toEqual(['penuh kehangatan'])
    expect(check('puffery', 'Perayaan itu penuh sukacita.').map((f) => f.excerpt)).toEqual(['penuh sukacita'])
  })
})

describe('puffery: round 14', () => {
  it('reports two praise words joined in one phrase as one claim', () => {
    expect(check('puffery', 'Pembukaan pameran berlangsung spektakuler dan menawan.').filter((f) => f.severity === 'warning').map((f) => f.excerpt)).toEqual(['spektakuler dan menawan'])
  })
})
