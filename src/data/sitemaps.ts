import 'server-only'

import type { SiteSettings } from './siteSettings'

import { escapeXml } from '@/utilities/escapeXml'

import { portalPaths } from './articleUrl'

const HOUR = 3_600_000

type Entry = { loc: string; lastmod?: string }

/** sitemap.xml: home, categories, OPD and every public article. */
export const buildSitemap = (
  site: SiteSettings,
  parts: { articles: { slug: string; updatedAt: string }[]; categories: { slug?: null | string }[]; units: { slug?: null | string }[] },
): string => {
  const base = site.baseUrl
  const entries: Entry[] = [
    { loc: `${base}/` },
    ...parts.categories.filter((c) => c.slug).map((c) => ({ loc: `${base}${portalPaths.category(c.slug as string)}` })),
    ...parts.units.filter((u) => u.slug).map((u) => ({ loc: `${base}${portalPaths.unit(u.slug as string)}` })),
    ...parts.articles.map((a) => ({ loc: `${base}${portalPaths.article(a.slug)}`, lastmod: new Date(a.updatedAt).toISOString() })),
  ]
  const urls = entries
    .slice(0, 50_000)
    .map((e) => `<url><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`)
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`
}

/** Google News sitemap: items first published in the 48 hours before `now`, at most 1,000. */
export const buildNewsSitemap = (
  site: SiteSettings,
  items: { title: string; slug: string; publishedAt: string }[],
  now: Date,
): string => {
  const since = now.getTime() - 48 * HOUR
  const urls = items
    .filter((item) => {
      const t = new Date(item.publishedAt).getTime()
      return t >= since && t <= now.getTime()
    })
    .slice(0, 1000)
    .map(
      (item) =>
        `<url><loc>${escapeXml(`${site.baseUrl}${portalPaths.article(item.slug)}`)}</loc><news:news><news:publication><news:name>${escapeXml(
          site.name,
        )}</news:name><news:language>${escapeXml(site.language)}</news:language></news:publication><news:publication_date>${new Date(
          item.publishedAt,
        ).toISOString()}</news:publication_date><news:title>${escapeXml(item.title)}</news:title></news:news></url>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls}\n</urlset>\n`
}

export const buildRobots = (site: SiteSettings): string =>
  [
    'User-agent: *',
    'Allow: /',
    'Disallow: /admin',
    'Disallow: /api/',
    // Crawlers must fetch images we hand out (og:image, JSON-LD, feeds, Instagram image_url):
    // Meta's media fetcher refuses robots-blocked URLs (9004/2207052). Longest match wins (RFC 9309).
    'Allow: /api/media/file/',
    'Allow: /api/syndications/images/',
    'Disallow: /internal',
    // The cacheable twin of the home page (the proxy serves it at /).
    'Disallow: /beranda/',
    'Disallow: /pratinjau',
    'Disallow: /cari',
    '',
    `Sitemap: ${site.baseUrl}/sitemap.xml`,
    `Sitemap: ${site.baseUrl}/news-sitemap.xml`,
    '',
  ].join('\n')
