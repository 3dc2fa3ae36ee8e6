import { describe, expect, it } from 'vitest'

import { brief, check } from './helpers'

describe('intensifier', () => {
  it('reports intensifiers in the writer voice', () => {
    const findings = check('intensifier', 'Warga sangat senang. Pelayanan benar-benar cepat dan hasilnya bagus sekali.')
    expect(findings.map((f) => [f.excerpt, f.severity])).toEqual([
      ['sangat', 'warning'],
      // Round 17: degree words of one sentence a few words apart are one finding.
      ['benar-benar cepat dan hasilnya bagus sekali', 'warning'],
    ])
  })

  it('does not read "sekali" meaning once as an intensifier', () => {
    expect(check('intensifier', 'Posyandu digelar sebulan sekali. Vaksin cukup diberikan satu kali atau sekali saja, sekali lagi ditegaskan.')).toEqual([])
  })

  it('reports intensifiers inside a quotation as info', () => {
    expect(check('intensifier', '"Warga sangat terbantu dengan layanan ini," ujar Lurah Tegalrejo.').map((f) => f.severity)).toEqual(['info'])
  })

  it('covers English', () => {
    expect(check('intensifier', 'Residents were very pleased.').map((f) => f.excerpt)).toEqual(['very'])
  })

  it('does not read "sekali" after an amount or opening its clause as an intensifier', () => {
    const body = 'Tarif sepeda motor Rp3.000 sekali parkir dan bus 4.000 sekali naik. Sekali jalan, penumpang membayar tunai. Petugas datang, sekali sepekan.'
    expect(check('intensifier', body)).toEqual([])
  })

  it('still reports "sekali" after an adjective, also before a noun', () => {
    const body = 'Pasar ramai sekali pengunjung. Harga cabai mahal sekali.'
    expect(check('intensifier', body).map((f) => f.excerpt)).toEqual(['sekali', 'sekali'])
  })

  it('reads "sekali" after a counted verb, or a verb counted by cukup/hanya, as "once"', () => {
    const once = ['Pemohon cukup datang sekali ke loket.', 'Pengurasan bak dilakukan sekali.', 'Pemohon cukup menunjukkan sekali KTP aslinya.', 'Kartu cukup dipindai sekali di gerbang.', 'Retribusi dibayar sekali setahun.']
    for (const body of once) expect(check('intensifier', body).map((f) => f.excerpt), body).toEqual([])
    expect(check('intensifier', 'Pelayanan di kantor itu membantu sekali.').map((f) => f.excerpt)).toEqual(['sekali'])
    expect(check('intensifier', 'Suasana pasar ramai sekali.').map((f) => f.excerpt)).toEqual(['sekali'])
  })
})

describe('intensifier: round 14', () => {
  it('reports an intensifier and "sekali" framing one word as one finding', () => {
    expect(check('intensifier', 'Pasar malam itu sangat ramai sekali pada akhir pekan.').map((f) => f.excerpt)).toEqual(['sangat ramai sekali'])
  })
})

// Round 15: sentences written for the test.
describe('intensifier: round 15', () => {
  it('reports three degree words stacked in a paraphrase as the writer’s wording', () => {
    expect(brief(check('intensifier', 'Menurut Darsono, pelatihan itu sangat amat berguna sekali bagi pemuda.'))).toEqual([['sangat amat berguna sekali', 'warning']])
    expect(brief(check('intensifier', '"Pelatihan itu sangat amat berguna sekali," kata Darsono.'))).toEqual([['sangat amat berguna sekali', 'info']])
    expect(brief(check('intensifier', 'Menurut Darsono, pelatihan itu sangat berguna bagi pemuda.'))).toEqual([['sangat', 'info']])
  })
})
