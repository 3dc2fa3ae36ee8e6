import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import robotsParser from 'robots-parser'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Media, News } from '@/payload-types'

vi.mock('server-only', () => ({}))

const { buildRobots } = await import('@/data/sitemaps')
const { articleMetadata } = await import('@/data/articleMetadata')
const { newsArticleJsonLd } = await import('@/data/newsArticleJsonLd')
const { buildFeed, jsonFeed11 } = await import('@/data/feeds')
const { publishSyndicationImage } = await import('@/syndication/wiring/syndicationDeps')
const { toSyndicationItem } = await import('@/syndication/toSyndicationItem')
const { webhookPayload } = await import('@/syndication/portal/webhookPayload')

/**
 * Issue 13 #1: every URL we hand to a platform crawler (Meta's media fetcher downloading
 * image_url, X's card crawler, Google Images) must be allowed by our own robots.txt, read with
 * a spec-compliant parser (RFC 9309 longest-match, as Google and Meta apply it).
 */
const BASE = 'https://warta.contoh.go.id'
const site = {
  name: 'Warta Kota',
  publisher: 'Pemerintah Kota',
  description: 'Berita kota',
  baseUrl: BASE,
  language: 'id',
  twitterHandle: '@wartakota',
  logoUrl: `${BASE}/api/media/file/logo.png`,
}
// facebookexternalhit fetches image_url and og:image; Twitterbot cards; Googlebot-Image for JSON-LD images.
const CRAWLERS = ['facebookexternalhit/1.1', 'meta-externalagent/1.1', 'Twitterbot/1.0', 'Googlebot-Image/1.0', 'Googlebot']

const size = (name: string, width: number, height: number) => ({
  url: `/api/media/file/${name}`,
  width,
  height,
  mimeType: 'image/jpeg',
  filename: name,
})
const cover = {
  id: 1,
  alt: 'Taman kota',
  url: '/api/media/file/taman.jpg',
  filename: 'taman.jpg',
  mimeType: 'image/jpeg',
  width: 2400,
  height: 1600,
  sizes: { og: size('taman-1200x630.jpg', 1200, 630), wide: size('taman-1600x900.jpg', 1600, 900), card: size('taman-800x600.jpg', 800, 600) },
} as unknown as Media
const article = {
  id: 7,
  slug: 'taman-kota',
  title: 'Taman Kota Dibuka',
  lead: 'Taman baru dibuka untuk warga.',
  body: null,
  coverImage: cover,
  unit: { id: 1, name: 'Bagian Humas', slug: 'humas' },
  category: { id: 1, name: 'Lingkungan', slug: 'lingkungan' },
  tags: ['taman'],
  publishedAt: '2026-03-01T01:00:00.000Z',
  firstPublishedAt: '2026-03-01T01:00:00.000Z',
  updatedAt: '2026-03-01T02:00:00.000Z',
} as unknown as News

let mediaDir: string
beforeAll(async () => {
  mediaDir = await mkdtemp(path.join(tmpdir(), 'warta-crawler-'))
  process.env.MEDIA_DIR = mediaDir
  process.env.PUBLIC_URL = BASE
})
afterAll(async () => {
  delete process.env.MEDIA_DIR
  delete process.env.PUBLIC_URL
  await rm(mediaDir, { recursive: true, force: true })
})

async function crawlerFacingUrls(): Promise<{ what: string; url: string }[]> {
  const urls: { what: string; url: string }[] = []
  const meta = articleMetadata(site, article)
  const og = meta.openGraph as { images?: { url: string }[] }
  const twitter = meta.twitter as { images?: { url: string }[] }
  for (const image of og.images ?? []) urls.push({ what: 'og:image', url: image.url })
  for (const image of twitter.images ?? []) urls.push({ what: 'twitter:image', url: image.url })
  const ld = newsArticleJsonLd(site, article as never) as { image?: string[]; publisher?: { logo?: { url: string } } }
  for (const url of ld.image ?? []) urls.push({ what: 'JSON-LD image', url })
  if (ld.publisher?.logo?.url) urls.push({ what: 'JSON-LD logo', url: ld.publisher.logo.url })
  const feed = buildFeed(site, { title: 'Warta', path: '/' }, [article as never])
  const json = JSON.parse(jsonFeed11(feed, 'id')) as { items: { image?: string }[] }
  for (const item of json.items) if (item.image) urls.push({ what: 'JSON Feed image', url: item.image })
  for (const match of feed.rss2().matchAll(/<enclosure url="([^"]+)"/g)) urls.push({ what: 'RSS enclosure', url: match[1] })
  const payload = { config: { serverURL: BASE } } as unknown as Payload
  urls.push({ what: 'Instagram image_url', url: await publishSyndicationImage(payload, Buffer.from('jpeg'), 'taman-kota-ig-1.jpg') })
  const item = toSyndicationItem({ ...(article as unknown as Record<string, unknown>), bodyText: '', channels: null } as never, { siteUrl: BASE, versionId: 'v1' })
  const hook = webhookPayload(item, 'news.published', 'd1', '2026-03-01T02:00:00Z')
  if (hook.item.cover) urls.push({ what: 'webhook cover', url: hook.item.cover.url })
  return urls
}

describe('robots.txt and crawler-facing URLs', () => {
  it('allows every image URL we give to platforms, feeds and page metadata', async () => {
    const robotsUrl = `${BASE}/robots.txt`
    const robots = robotsParser(robotsUrl, buildRobots(site))
    const urls = await crawlerFacingUrls()
    expect(urls.map((u) => u.what)).toEqual(
      expect.arrayContaining(['og:image', 'twitter:image', 'JSON-LD image', 'JSON Feed image', 'Instagram image_url', 'webhook cover']),
    )
    const blocked = urls.flatMap(({ what, url }) =>
      CRAWLERS.filter((agent) => robots.isAllowed(url, agent) !== true).map((agent) => `${what} ${url} (${agent})`),
    )
    expect(blocked).toEqual([])
  })

  it('keeps the rest of /api/ and the admin closed', () => {
    const robots = robotsParser(`${BASE}/robots.txt`, buildRobots(site))
    for (const url of [`${BASE}/api/news`, `${BASE}/api/users/me`, `${BASE}/api/syndications/by-news/1`, `${BASE}/admin`]) {
      expect(robots.isAllowed(url, 'Googlebot'), url).toBe(false)
    }
    expect(robots.isAllowed(`${BASE}/berita/taman-kota`, 'Googlebot')).toBe(true)
  })
})
