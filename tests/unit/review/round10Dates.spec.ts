import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

// Round 10: one event dated two ways. None of the examples is taken from the corpus.

const dates = onBody('date-consistency', 'Festival Kampung Digelar')

describe('round 10: an event date restated differently', () => {
  it('reports a caption that shares the event word with the lead date sentence', () => {
    const body = 'Festival kuliner kampung digelar di halaman balai RW, Sabtu (14/11/2026).\n\nPanitia menyiapkan 40 stan.\n\nFoto/Humas: Pengunjung festival kuliner mencicipi jajanan, Minggu (15/11/2026).'
    expect(dates(body)).toEqual(['15/11/2026'])
  })

  it('reports the event noun and its verb dated differently, with the nasal taking the first consonant', () => {
    const body = 'Wali Kota menutup pameran batik, Jumat (13/11/2026).\n\nPenutupan pameran pada Sabtu (14/11/2026) dihadiri perajin.'
    expect(dates(body)).toEqual(['14/11/2026'])
  })

  it('leaves a caption of another event word and a new date for another stage', () => {
    const other = 'Festival kuliner kampung digelar di halaman balai RW, Sabtu (14/11/2026).\n\nFoto: Warga menata tenda, Jumat (13/11/2026).'
    expect(dates(other)).toEqual([])
    const stage = 'Wali Kota membuka pameran batik, Jumat (13/11/2026).\n\nTahap berikutnya dijadwalkan Sabtu (21/11/2026).'
    expect(dates(stage)).toEqual([])
  })
})

describe('round 10 (phase 2): the start named as a noun', () => {
  it('reports "sejak awal pekerjaan pada …" dated off the lead\'s start', () => {
    const body = 'Perbaikan talud dimulai Senin (12/10/2026) di tepi Sungai Code.\n\nPekerja dikerahkan dua regu.\n\nSejak awal pekerjaan pada Senin (5/10/2026), dinas membuka posko aduan.'
    expect(dates(body)).toEqual(['5/10/2026'])
  })

  it('leaves a start named for another event, with no start in the lead', () => {
    const body = 'Perbaikan talud dikerjakan Senin (12/10/2026) di tepi Sungai Code.\n\nSejak awal musim hujan pada Senin (5/10/2026), dinas membuka posko aduan.'
    expect(dates(body)).toEqual([])
  })
})
