import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

// Round 24: a measure the writer calls wise, clever or right ("langkah cerdas", "keputusan yang sangat tepat",
// "terobosan jitu", "kebijakan cepat dan tegas") praises whoever took it, whatever the measure's noun; a measure still
// sought or promised ("mencari langkah yang tepat", "akan mengambil tindakan tegas"), or a source's words, is no
// judgement. Sentences of my own.

const article = (body: string, title = 'Program Kota') => ({ title, body, publishedAt: '2026-05-11' })
const loaded = (body: string, title?: string) => warnings('loaded-language', article(body, title))

describe('round 24: a measure judged wise in the writer\'s voice', () => {
  it('reports the measure and its judgement, whatever the noun and word order', () => {
    expect(loaded('Memindahkan pasar hewan ke pinggir kota merupakan keputusan yang sangat tepat.')).toEqual(['keputusan yang sangat tepat'])
    expect(loaded('Pemberian beasiswa bagi anak juru parkir ini jelas terobosan jitu.')).toEqual(['terobosan jitu'])
    expect(loaded('Penataan trotoar rampung bulan ini.', 'Pilihan Cerdas Kelurahan Menata Trotoar')).toEqual(['Pilihan Cerdas'])
    expect(loaded('Rapat digelar di balai kota.\n\nLewat kebijakan cepat dan tegas itu, antrean di kantor kelurahan kini terurai.')).toEqual([
      'kebijakan cepat dan tegas',
    ])
    expect(loaded('Bank sampah menjadi solusi cemerlang untuk mengurangi sampah rumah tangga.')).toEqual(['solusi cemerlang'])
  })

  it('leaves a measure sought, promised or named by a source, and other look-alikes, alone', () => {
    expect(loaded('Tim masih mencari langkah yang tepat untuk menangani genangan di underpass.')).toEqual([])
    expect(loaded('Satpol PP akan mengambil tindakan tegas terhadap pedagang yang melanggar.')).toEqual([])
    expect(loaded('"Ini langkah cerdas untuk anak-anak kami," kata Ketua RW, Sutrisno.')).toEqual([])
    expect(loaded('Menurut Kepala Dinas, kebijakan itu langkah tepat untuk menekan inflasi.')).toEqual([])
    expect(loaded('Warga diminta menggunakan air secara bijak selama kemarau.')).toEqual([])
    expect(loaded('Pendataan ulang dilakukan agar bantuan tepat sasaran dan keputusan tepat waktu.')).toEqual([])
    expect(loaded('Petugas menjelaskan cara cepat mendaftar lewat aplikasi.')).toEqual([])
  })
})
