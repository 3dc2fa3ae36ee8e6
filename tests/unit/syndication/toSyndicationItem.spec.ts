import { describe, expect, it } from 'vitest'

import { toSyndicationItem } from '@/syndication/toSyndicationItem'

describe('toSyndicationItem', () => {
  it('maps a populated news version, absolutises media URLs and drops empty overrides', () => {
    const item = toSyndicationItem(
      {
        id: 42,
        slug: 'taman-kota',
        title: 'Taman Kota',
        lead: 'Ringkasan',
        bodyText: 'Isi',
        publishedAt: '2026-03-01T01:00:00.000Z',
        unit: { name: 'Bagian Humas' },
        category: { title: 'Lingkungan' },
        tags: ['taman'],
        coverImage: {
          url: '/api/media/file/a.jpg',
          filename: 'a.jpg',
          prefix: '',
          mimeType: 'image/jpeg',
          alt: 'Taman',
          width: 1600,
          height: 900,
          focalX: 30,
          focalY: 50,
        },
        gallery: [7, { url: 'https://cdn.example/b.png', mimeType: 'image/png', alt: 'B', width: 10, height: 10 }],
        channels: { instagram: { caption: '', images: [] }, youtube: { title: 'Judul YT', language: 'id', tags: [] } },
      },
      { siteUrl: 'https://warta.kota.go.id/', versionId: 'v3' },
    )
    expect(item).toMatchObject({
      id: '42',
      versionId: 'v3',
      canonicalUrl: 'https://warta.kota.go.id/berita/taman-kota',
      unit: 'Bagian Humas',
      category: 'Lingkungan',
      cover: { url: 'https://warta.kota.go.id/api/media/file/a.jpg', storageKey: 'a.jpg', focalX: 30 },
      overrides: { instagram: undefined, youtube: { title: 'Judul YT', language: 'id' } },
    })
    expect(item.gallery).toHaveLength(1)
  })

  it('names the media store key of each original (with the storage prefix folder), never a path outside it', () => {
    const media = (filename: string, prefix?: string) => ({ url: `/api/media/file/${filename}`, filename, prefix, mimeType: 'image/jpeg' })
    const item = toSyndicationItem(
      { id: 1, title: 'T', coverImage: media('a.jpg', 'arsip/2026'), gallery: [media('b.jpg'), media('..')] },
      { siteUrl: 'https://warta.kota.go.id', versionId: 'v1' },
    )
    expect(item.cover?.storageKey).toBe('arsip/2026/a.jpg')
    expect(item.gallery.map((m) => m.storageKey)).toEqual(['b.jpg', undefined])
  })
})
