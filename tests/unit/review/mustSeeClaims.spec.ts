import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const calls = (body: string, title = 'Berita Kota') => warnings('call-to-action', { title, body, publishedAt: '2026-09-12' })

describe('call-to-action: a show, dish or place the reader must see or try (round 23)', () => {
  it('reports wajib/harus + a passive of watching, trying or visiting', () => {
    expect(calls('Penampilan penari cilik dari Kemantren Kraton ini WAJIB DITONTON oleh para pencinta seni tari.')).toEqual(['WAJIB DITONTON'])
    expect(calls('Sate klatak di ujung gang itu wajib dicoba saat berkunjung ke Imogiri.')).toEqual(['wajib dicoba'])
    expect(calls('Pameran dibuka Jumat.\n\nDeretan mural di Kampung Code harus dikunjungi sekali seumur hidup.')).toEqual(['harus dikunjungi'])
    expect(calls('Warga menonton.', 'Lima Kuliner Malam yang Wajib Dicicipi di Kotagede')).toEqual(['Wajib Dicicipi'])
  })

  it('stays silent on a rule, a negation, an official agent or a quote', () => {
    expect(calls('Seragam tidak wajib dibeli di koperasi sekolah.')).toEqual([])
    expect(calls('Setiap rumah wajib dikunjungi kader jumantik sekali sepekan.')).toEqual([])
    expect(calls('Penandatanganan akta harus disaksikan dua orang saksi.')).toEqual([])
    expect(calls('"Pentas ini wajib ditonton anak muda," kata Ketua Sanggar, Wahyu.')).toEqual([])
  })
})
