import 'server-only'

import { convertLexicalToHTML, defaultHTMLConverters } from '@payloadcms/richtext-lexical/html'
import { Feed } from 'feed'

import type { Category, Unit } from '@/payload-types'

import type { PortalNews } from './portalQueries'
import type { SiteSettings } from './siteSettings'

import { portalPaths } from './articleUrl'
import { escapeXml, plainText, safeContentHtml, safeSummaryHtml } from './feedSanitize'
import { asMedia, mediaSize } from './media'

export type FeedScope = { title: string; path: string; description?: string }
export type FeedFormat = 'atom' | 'json' | 'rss'

const relation = <T>(value: unknown): T | null => (typeof value === 'object' && value !== null ? (value as T) : null)

/** Article body as HTML for feed readers: Lexical's escaping converters, links sanitised, URLs absolute. */
export const bodyHtml = (body: PortalNews['body'] | undefined, baseUrl: string): string => {
  if (!body) return ''
  const html = convertLexicalToHTML({
    data: body,
    converters: ({ defaultConverters }) => ({
      ...defaultConverters,
      ...defaultHTMLConverters,
    }),
    disableContainer: true,
  })
  return safeContentHtml(html.replace(/(src|href)="\/(?!\/)/g, `$1="${baseUrl}/`))
}

/**
 * Item titles for the `feed` package, which writes them as HTML in CDATA: XML formats get the
 * plain text pre-escaped (no `<`, so no `]]>` either) and `asTextTitles` turns those CDATA
 * sections into plain-text elements; JSON Feed gets the plain text itself.
 */
type TitleMode = 'xml' | 'json'

/**
 * One `feed` instance per scope (site, category or OPD), from which RSS 2.0, Atom 1.0 or JSON
 * Feed 1.1 is serialised. Item ids are stable: the article URL (a slug never changes once live).
 * Every writer-typed string passes feedSanitize: titles plain text, summaries and bodies allow-listed.
 */
export const buildFeed = (site: SiteSettings, scope: FeedScope, items: PortalNews[], titles: TitleMode = 'xml'): Feed => {
  const base = site.baseUrl
  const scopeTitle = plainText(scope.title)
  const feed = new Feed({
    id: `${base}${scope.path}`,
    title: scopeTitle,
    description: plainText(scope.description || site.description) || scopeTitle,
    link: `${base}${scope.path}`,
    language: site.language,
    updated: items[0] ? new Date(items[0].updatedAt) : new Date(0),
    generator: false,
    copyright: `© ${site.publisher}`,
    author: { name: site.publisher, link: `${base}/` },
    feedLinks: {
      rss: `${base}${scope.path === '/' ? '' : scope.path}/feed.xml`,
      atom: `${base}${scope.path === '/' ? '' : scope.path}/atom.xml`,
      json: `${base}${scope.path === '/' ? '' : scope.path}/feed.json`,
    },
  })
  for (const item of items) {
    if (!item.slug) continue
    const url = `${base}${portalPaths.article(item.slug)}`
    const category = relation<Category>(item.category)
    const unit = relation<Unit>(item.unit)
    const cover = asMedia(item.coverImage)
    const image = cover ? mediaSize(cover, 'og') : null
    feed.addItem({
      id: url,
      guid: url,
      title: titles === 'xml' ? escapeXml(plainText(item.title)) : plainText(item.title),
      link: url,
      description: safeSummaryHtml(item.lead),
      content: bodyHtml(item.body, base),
      date: new Date(item.updatedAt),
      published: new Date(item.firstPublishedAt ?? item.publishedAt ?? item.updatedAt),
      author: [{ name: plainText(unit?.name ?? site.publisher) }],
      category: category ? [{ name: plainText(category.name), term: category.slug ?? undefined }] : undefined,
      image: image?.src ? { url: `${base}${image.src}`, type: 'image/jpeg' } : undefined,
    })
  }
  return feed
}

/** Atom `<title type="text">` and RSS `<title>` as escaped text instead of HTML in CDATA (see TitleMode). */
export const asTextTitles = (xml: string): string =>
  xml
    .replace(/<title type="html"><!\[CDATA\[([\s\S]*?)\]\]><\/title>/g, '<title type="text">$1</title>')
    .replace(/<title><!\[CDATA\[([\s\S]*?)\]\]><\/title>/g, '<title>$1</title>')

/** JSON Feed 1.1 (the `feed` package writes 1.0): version, `authors` arrays and `language`. */
export const jsonFeed11 = (feed: Feed, language: string): string => {
  type Item = Record<string, unknown> & { author?: unknown }
  const doc = JSON.parse(feed.json1()) as Record<string, unknown> & { author?: unknown; items: Item[] }
  const { author, items, ...rest } = doc
  return JSON.stringify({
    ...rest,
    version: 'https://jsonfeed.org/version/1.1',
    language,
    ...(author ? { authors: [author] } : {}),
    items: items.map(({ author: itemAuthor, ...item }) => ({ ...item, ...(itemAuthor ? { authors: [itemAuthor] } : {}) })),
  })
}

/** The feed document in one format, every writer-typed string sanitised (see buildFeed). */
export const renderFeed = (format: FeedFormat, site: SiteSettings, scope: FeedScope, items: PortalNews[]): string => {
  const feed = buildFeed(site, scope, items, format === 'json' ? 'json' : 'xml')
  if (format === 'json') return jsonFeed11(feed, site.language)
  return asTextTitles(format === 'rss' ? feed.rss2() : feed.atom1())
}
