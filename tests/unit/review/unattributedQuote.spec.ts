import { describe, expect, it } from 'vitest'

import { check } from './helpers'

describe('unattributed-quote', () => {
  it('reports a direct quote with no speaker or speech verb nearby', () => {
    const body = 'Pasar Kranggan kembali dibuka.\n\n"Kami akan menata ulang seluruh los pedagang tahun ini."\n\nPembangunan menelan biaya Rp2 miliar.'
    const findings = check('unattributed-quote', body)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ severity: 'warning', category: 'accuracy' })
    expect(body.slice(findings[0].start, findings[0].end)).toBe(findings[0].excerpt)
    expect(findings[0].excerpt.startsWith('"Kami akan')).toBe(true)
  })

  it('also reads typographic quotes', () => {
    expect(check('unattributed-quote', '“Kami akan menata ulang seluruh los pedagang tahun ini.”')).toHaveLength(1)
  })

  it('accepts the usual attribution forms', () => {
    for (const body of [
      '"Kami akan menata ulang seluruh los pedagang," kata Kepala Dinas Perdagangan Yunianto Dwisutono.',
      '“Kami akan menata ulang seluruh los pedagang,” ujarnya.',
      'Kepala Dinas Perdagangan mengatakan, "Kami akan menata ulang seluruh los pedagang."',
      'Yunianto Dwisutono: "Kami akan menata ulang seluruh los pedagang."',
      'Menurut Yunianto, "penataan dimulai bulan depan setelah lebaran."',
      'Kepala Dinas Perdagangan Yunianto Dwisutono menyampaikan rencana penataan:\n\n"Kami akan menata ulang seluruh los pedagang."',
      'Kepala Dinas Perdagangan Yunianto Dwisutono menyampaikan rencana penataan.\n\n"Kami akan menata ulang seluruh los pedagang," katanya.',
      '"We will rebuild every stall in the market this year," the mayor said.',
    ]) {
      expect(check('unattributed-quote', body), body).toEqual([])
    }
  })

  it('does not treat quoted names and terms as direct quotes', () => {
    expect(check('unattributed-quote', 'Program "Jogja Bersih" dan aplikasi "Jogja Smart Service" diluncurkan.')).toEqual([])
  })

  it('does not count an ambiguous word far from the quote ("kata" as a noun)', () => {
    expect(check('unattributed-quote', '"Kami akan menata ulang seluruh los pedagang." Kata kunci program ini adalah penataan.')).toHaveLength(1)
  })
})

describe('unattributed-quote: round 13', () => {
  it('reports a quotation standing alone as a paragraph after indirect speech', () => {
    expect(check('unattributed-quote', 'Ketua panitia mengatakan lomba diikuti 30 regu. Juri berasal dari tiga sanggar.\n\n"Yang penting anak-anak berani tampil di depan umum."')).toHaveLength(1)
  })
})
