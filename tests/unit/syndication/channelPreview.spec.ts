import { describe, expect, it } from 'vitest'

import type { SyndicationItem } from '@/syndication/types'

import { buildChannelPreview } from '@/syndication/channelPreview'

const item = (overrides: SyndicationItem['overrides'] = {}): SyndicationItem => ({
  id: '1',
  slug: 'pasar-beringharjo',
  versionId: 'v1',
  title: 'Pasar Beringharjo Buka Lebih Pagi',
  summary: 'Pedagang mulai berjualan pukul 05.00 WIB.',
  bodyText: '',
  canonicalUrl: 'https://warta.kota.go.id/berita/pasar-beringharjo',
  publishedAt: '2026-11-02T03:00:00Z',
  unit: 'Dinas Perdagangan',
  tags: ['pasar'],
  cover: { url: 'https://warta.kota.go.id/m/a.jpg', mimeType: 'image/jpeg', alt: 'Pasar', width: 1200, height: 800 },
  gallery: [],
  youtubeVideoId: 'abcdefghijk',
  overrides,
})

describe('buildChannelPreview', () => {
  it('shows the template caption and counts what Instagram counts', () => {
    const preview = buildChannelPreview(item(), { hashtags: ['Jogja'], maxHashtags: 5 })
    expect(preview.instagram.caption).toBe(
      'Pasar Beringharjo Buka Lebih Pagi\n\nPedagang mulai berjualan pukul 05.00 WIB.\n\nSelengkapnya: https://warta.kota.go.id/berita/pasar-beringharjo\n\n#Jogja #pasar',
    )
    expect(preview.instagram.counters[0]).toEqual({ label: 'Karakter keterangan', value: [...preview.instagram.caption].length, max: 2200 })
    expect(preview.instagram.counters[1]).toMatchObject({ label: 'Tagar', value: 2, max: 5 })
    expect(preview.instagram.problems).toEqual([])
  })

  it('flags an override over the office hashtag cap and a YouTube description over 5,000 bytes', () => {
    const preview = buildChannelPreview(
      item({ instagram: { caption: '#a #b #c #d' }, youtube: { description: 'ü'.repeat(2501) } }),
      { maxHashtags: 3 },
    )
    expect(preview.instagram.counters[1]).toMatchObject({ value: 4, max: 3 })
    expect(preview.instagram.problems.length).toBeGreaterThan(0)
    expect(preview.youtube.appendsToCurrentDescription).toBe(false)
    expect(preview.youtube.counters[1]).toMatchObject({ label: 'Byte deskripsi', value: 5002, max: 5000 })
    expect(preview.youtube.problems.join(' ')).toMatch(/5\.002 byte/)
  })

  it('appends the article link to the current YouTube description when there is no override', () => {
    const preview = buildChannelPreview(item(), {})
    expect(preview.youtube.appendsToCurrentDescription).toBe(true)
    expect(preview.youtube.description).toBe('Selengkapnya: https://warta.kota.go.id/berita/pasar-beringharjo')
    expect(preview.youtube.title).toBe('Pasar Beringharjo Buka Lebih Pagi')
  })
})
