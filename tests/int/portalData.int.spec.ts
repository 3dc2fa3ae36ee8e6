import type { Payload } from 'payload'

import { afterAll, beforeAll, expect, it, vi } from 'vitest'

import type { TestPayload } from '../helpers/startPayload'

import { createCategory, createUnit, newsData } from '../helpers/fixtures'
import { startPayload } from '../helpers/startPayload'
import { describeWithDatabase } from '../helpers/testDatabase'

vi.mock('server-only', () => ({}))

const { portalQueries } = await import('@/data/portalQueries')
const { querySiteSettings } = await import('@/data/siteSettings')
const { renderFeed } = await import('@/data/feeds')
const { buildNewsSitemap, buildSitemap } = await import('@/data/sitemaps')
const { newsArticleJsonLd } = await import('@/data/newsArticleJsonLd')
const { jsonLdScript } = await import('@/utilities/jsonLdScript')
const { plainTextToLexical } = await import('@/utilities/plainTextToLexical')

const TRUSTED = { disableRevalidate: true, skipSyndication: true, trusted: true }
const HOUR = 3_600_000

type Extra = Record<string, unknown>

describeWithDatabase('portal data layer', () => {
  let t: TestPayload
  let payload: Payload
  let unitId: number
  let categoryId: number
  let categorySlug: string

  const publish = async (title: string, extra: Extra = {}, at = new Date()) =>
    payload.create({
      collection: 'news',
      context: TRUSTED,
      data: {
        ...newsData(unitId, title),
        category: categoryId,
        workflowState: 'published',
        _status: 'published',
        publishedAt: at.toISOString(),
        firstPublishedAt: at.toISOString(),
        ...extra,
      } as never,
    })

  beforeAll(async () => {
    t = await startPayload('portal-data')
    payload = t.payload
    process.env.PUBLIC_URL = 'https://warta.contoh.go.id/'
    unitId = (await createUnit(payload, 'Dinas Komunikasi Uji')).id
    const category = await createCategory(payload, 'Pemerintahan Uji')
    categoryId = category.id
    categorySlug = category.slug as string

    await publish('Wali Kota Resmikan Jembatan Gajahwong', {
      body: plainTextToLexical('Jembatan sepanjang 40 meter menghubungkan dua kelurahan.\n\nWarga menyambut baik.'),
    })
    await publish('Pengumuman Internal Apel Pagi', { visibility: 'internal' })
    await payload.create({ collection: 'news', context: TRUSTED, data: { ...newsData(unitId, 'Draf Rahasia Anggaran'), category: categoryId } })
    await publish('Berita Dicabut Karena Keliru', {
      workflowState: 'retracted',
      retraction: { reason: 'Data jumlah penerima keliru.', retractedAt: new Date().toISOString() },
    })
    await publish('Judul </script><script>alert(1)</script> & "kutip"')
    await publish('Berita Lama Tiga Hari', {}, new Date(Date.now() - 72 * HOUR))
    await publish('Berita Dikoreksi Soal Jadwal', {
      corrections: [{ note: 'Jadwal diperbaiki menjadi pukul 09.00 WIB.', correctedAt: new Date().toISOString() }],
    })
  })

  afterAll(async () => {
    await t?.stop()
  })

  const titles = (docs: { title: string }[]) => docs.map((doc) => doc.title)

  it('lists only published public items, newest first', async () => {
    const latest = await portalQueries.latest(payload)
    expect(titles(latest.docs)).toContain('Wali Kota Resmikan Jembatan Gajahwong')
    expect(titles(latest.docs)).not.toContain('Pengumuman Internal Apel Pagi')
    expect(titles(latest.docs)).not.toContain('Draf Rahasia Anggaran')
    expect(titles(latest.docs)).not.toContain('Berita Dicabut Karena Keliru')
    expect(latest.docs.at(-1)?.title).toBe('Berita Lama Tiga Hari')
    const unit = latest.docs[0]?.unit as { shortName?: string }
    expect(unit.shortName).toBeTruthy()
    // Review data never reaches the portal.
    expect(JSON.stringify(latest.docs)).not.toMatch(/checklist|reviewFindings|approval/)
  })

  it('fills bodyText from the Lexical body and searches title, lead and body', async () => {
    const [doc] = (await payload.find({ collection: 'news', where: { title: { like: 'Jembatan Gajahwong' } } })).docs
    expect(doc?.bodyText).toContain('Jembatan sepanjang 40 meter')
    expect(titles((await portalQueries.search(payload, 'sepanjang 40 meter')).docs)).toEqual(['Wali Kota Resmikan Jembatan Gajahwong'])
    expect(titles((await portalQueries.search(payload, 'gajahwong')).docs)).toEqual(['Wali Kota Resmikan Jembatan Gajahwong'])
    expect((await portalQueries.search(payload, 'Apel Pagi')).totalDocs).toBe(0)
    expect((await portalQueries.search(payload, 'Rahasia Anggaran')).totalDocs).toBe(0)
    expect((await portalQueries.search(payload, '%')).totalDocs).toBe(0)
    const paged = await portalQueries.search(payload, 'Balai Kota', 2, 2)
    expect(paged.page).toBe(2)
    expect(paged.totalDocs).toBe(4)
    expect(paged.totalPages).toBe(2)
  })

  it('returns a public article by slug and nothing for internal, draft or retracted ones', async () => {
    const list = await portalQueries.latest(payload, 1, 50)
    const slug = list.docs.find((d) => d.title.startsWith('Wali Kota'))?.slug as string
    const article = await portalQueries.article(payload, slug)
    expect(article?.title).toBe('Wali Kota Resmikan Jembatan Gajahwong')
    expect(article?.body).toBeTruthy()
    const all = (await payload.find({ collection: 'news', draft: true, limit: 50 })).docs
    for (const title of ['Pengumuman Internal Apel Pagi', 'Draf Rahasia Anggaran', 'Berita Dicabut Karena Keliru']) {
      const hidden = all.find((d) => d.title === title)
      expect(await portalQueries.article(payload, hidden?.slug as string)).toBeNull()
    }
  })

  it('gives the retraction notice (reason, date) only for retracted public items', async () => {
    const retracted = (await payload.find({ collection: 'news', where: { workflowState: { equals: 'retracted' } } })).docs[0]
    const notice = await portalQueries.retraction(payload, retracted?.slug as string)
    expect(notice).toMatchObject({ title: 'Berita Dicabut Karena Keliru', reason: 'Data jumlah penerima keliru.' })
    expect(notice?.retractedAt).toBeTruthy()
    expect(Object.keys(notice ?? {}).sort()).toEqual(['firstPublishedAt', 'reason', 'retractedAt', 'slug', 'title'])
    const published = (await portalQueries.latest(payload)).docs[0]
    expect(await portalQueries.retraction(payload, published?.slug as string)).toBeNull()
    expect((await portalQueries.retractions(payload)).map((r) => r.title)).toEqual(['Berita Dicabut Karena Keliru'])
  })

  it('lists corrected items with their public notes, filters by category and OPD, finds related items', async () => {
    const corrected = await portalQueries.corrected(payload)
    expect(titles(corrected.docs)).toEqual(['Berita Dikoreksi Soal Jadwal'])
    expect(corrected.docs[0]?.corrections?.[0]?.note).toMatch(/Jadwal diperbaiki/)
    const category = await portalQueries.category(payload, categorySlug)
    expect(category?.id).toBe(categoryId)
    expect((await portalQueries.byCategory(payload, categoryId)).totalDocs).toBe(4)
    expect((await portalQueries.byUnit(payload, unitId)).totalDocs).toBe(4)
    const first = (await portalQueries.latest(payload)).docs[0]!
    const related = await portalQueries.related(payload, first)
    expect(related.length).toBe(3)
    expect(related.map((d) => d.id)).not.toContain(first.id)
  })

  it('builds RSS, Atom and JSON Feed 1.1 that parse back with public items only', async () => {
    const site = await querySiteSettings(payload)
    expect(site.baseUrl).toBe('https://warta.contoh.go.id')
    const items = await portalQueries.feedItems(payload)
    const scope = { title: site.name, path: '/' }

    const rss = renderFeed('rss', site, scope, items)
    const rssDoc = new DOMParserLike(rss)
    expect(rssDoc.count('item')).toBe(4)
    expect(rss).toContain('<link>https://warta.contoh.go.id/berita/')
    expect(rss).not.toContain('Apel Pagi')
    // A title is plain text: tags (and script content) stripped, the rest XML-escaped, no CDATA.
    expect(rss).toContain('<title>Judul &amp; &quot;kutip&quot;</title>')
    expect(rss).not.toMatch(/<script|alert\(1\)/)
    expect(rss).toMatch(/<pubDate>\w{3}, \d{2} \w{3} \d{4}/)

    const atom = renderFeed('atom', site, scope, items)
    expect(new DOMParserLike(atom).count('entry')).toBe(4)
    expect(atom).toContain('<title type="text">Judul &amp; &quot;kutip&quot;</title>')
    expect(atom).not.toContain('type="html"><![CDATA[Judul')
    expect(atom).toContain('<id>https://warta.contoh.go.id/</id>')

    const json = JSON.parse(renderFeed('json', site, scope, items))
    expect(json.version).toBe('https://jsonfeed.org/version/1.1')
    expect(json.language).toBe('id')
    expect(json.authors).toEqual([{ name: site.publisher, url: 'https://warta.contoh.go.id/' }])
    expect(json.items).toHaveLength(4)
    const bridge = json.items.find((i: { title: string }) => i.title.includes('Gajahwong'))
    expect(bridge.id).toMatch(/^https:\/\/warta\.contoh\.go\.id\/berita\//)
    expect(bridge.content_html).toContain('<p>Jembatan sepanjang 40 meter')
    expect(bridge.summary).toMatch(/Balai Kota/)
    expect(bridge.authors[0].name).toBe('Dinas Komunikasi Uji')
    const hostile = json.items.find((i: { title: string }) => i.title.startsWith('Judul'))
    expect(hostile.title).toBe('Judul & "kutip"')

    const byCategory = await portalQueries.feedItems(payload, { category: categoryId })
    expect(byCategory).toHaveLength(4)
    const otherUnit = await createUnit(payload)
    expect(await portalQueries.feedItems(payload, { unit: otherUnit.id })).toHaveLength(0)
  })

  it('writes a news sitemap with only the last 48 hours, XML-escaped', async () => {
    const site = await querySiteSettings(payload)
    const recent = await portalQueries.publishedSince(payload, new Date(Date.now() - 72 * HOUR - 60_000))
    expect(recent.map((r) => r.title)).toContain('Berita Lama Tiga Hari')
    const xml = buildNewsSitemap(site, recent, new Date())
    const urls = xml.match(/<url>/g) ?? []
    expect(urls).toHaveLength(3)
    expect(xml).not.toContain('Berita Lama Tiga Hari')
    expect(xml).not.toContain('Apel Pagi')
    expect(xml).toContain('<news:language>id</news:language>')
    expect(xml).toContain('Judul &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;kutip&quot;')
    expect(xml).toMatch(/<news:publication_date>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z<\/news:publication_date>/)
    // Two days later the same items have all aged out.
    expect(buildNewsSitemap(site, recent, new Date(Date.now() + 49 * HOUR))).not.toContain('<url>')

    const sitemap = buildSitemap(site, {
      articles: await portalQueries.sitemapEntries(payload),
      categories: await portalQueries.categories(payload),
      units: await portalQueries.units(payload),
    })
    expect(sitemap).toContain(`<loc>https://warta.contoh.go.id/kategori/${categorySlug}</loc>`)
    expect((sitemap.match(/\/berita\//g) ?? []).length).toBe(4)
  })

  it('escapes NewsArticle JSON-LD so a title cannot close the script element', async () => {
    const site = await querySiteSettings(payload)
    const hostile = (await portalQueries.search(payload, 'kutip')).docs[0]!
    const article = await portalQueries.article(payload, hostile.slug as string)
    const ld = newsArticleJsonLd(site, article!)
    expect(ld).toMatchObject({ '@type': 'NewsArticle', headline: hostile.title, mainEntityOfPage: expect.stringContaining('/berita/') })
    expect(ld.author[0]).toMatchObject({ '@type': 'Organization', name: 'Dinas Komunikasi Uji' })
    const script = jsonLdScript(ld)
    expect(script).not.toMatch(/<\/script/i)
    expect(script).not.toContain('<')
    expect(script).toContain('\\u003c/script\\u003e')
    expect(JSON.parse(script)).toEqual(JSON.parse(JSON.stringify(ld)))
  })

  it('runs the revalidation hooks outside Next.js without failing', async () => {
    const doc = await payload.create({
      collection: 'news',
      data: { ...newsData(unitId, 'Terbit Tanpa Next'), workflowState: 'published', _status: 'published' } as never,
    })
    await payload.update({ collection: 'units', id: unitId, data: { description: 'ubah' } })
    await payload.updateGlobal({ slug: 'site', data: { description: 'Berita resmi.' } })
    // A live item is retracted, never deleted (refuseDeletingLiveItems); trusted cleanup may.
    await payload.delete({ collection: 'news', id: doc.id, context: { trusted: true } })
  })
})

/** Minimal element counter for well-formed feed XML (no DOM in the Node test environment). */
class DOMParserLike {
  constructor(private readonly xml: string) {
    expect(xml.startsWith('<?xml')).toBe(true)
  }
  count(tag: string): number {
    const open = this.xml.match(new RegExp(`<${tag}[\\s>]`, 'g'))?.length ?? 0
    const close = this.xml.match(new RegExp(`</${tag}>`, 'g'))?.length ?? 0
    expect(open).toBe(close)
    return open
  }
}
