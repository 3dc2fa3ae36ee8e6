import sharp from 'sharp'

import type { SyndicationItem, SyndicationMedia } from '@/syndication/types'

/** A solid (or two-colour, left/right) test image. */
export async function makeImage(
  width: number,
  height: number,
  format: 'png' | 'jpeg' | 'webp' = 'png',
  colours: [string, string] = ['#c0392b', '#2980b9'],
): Promise<Buffer> {
  const half = Math.floor(width / 2)
  const left = await sharp({ create: { width: half, height, channels: 3, background: colours[0] } })
    .png()
    .toBuffer()
  const image = sharp({ create: { width, height, channels: 3, background: colours[1] } }).composite([
    { input: left, left: 0, top: 0 },
  ])
  return format === 'png'
    ? image.png().toBuffer()
    : format === 'jpeg'
      ? image.jpeg().toBuffer()
      : image.webp().toBuffer()
}

export function media(
  url: string,
  width: number,
  height: number,
  extra: Partial<SyndicationMedia> = {},
): SyndicationMedia {
  return { url, mimeType: 'image/png', alt: 'Wali kota meresmikan taman kota', width, height, ...extra }
}

export function sampleItem(extra: Partial<SyndicationItem> = {}): SyndicationItem {
  return {
    id: '42',
    slug: 'taman-kota-diresmikan',
    versionId: 'v7',
    title: 'Wali Kota Resmikan Taman Kota Baru',
    summary: 'Taman seluas dua hektare di Kecamatan Sukajadi dibuka untuk umum mulai Senin.',
    bodyText: 'Wali kota meresmikan taman kota baru. Taman ini dilengkapi jalur pejalan kaki dan ruang bermain anak.',
    canonicalUrl: 'https://warta.example.go.id/berita/taman-kota-diresmikan',
    publishedAt: '2026-03-01T08:00:00+07:00',
    unit: 'Bagian Humas',
    category: 'Lingkungan',
    tags: ['taman kota', 'ruang publik'],
    gallery: [],
    overrides: {},
    ...extra,
  }
}
