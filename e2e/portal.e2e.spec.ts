import AxeBuilder from '@axe-core/playwright'
import { type APIRequestContext, expect, type Page, test } from '@playwright/test'

import { ACCOUNTS, E2E_PASSWORD } from './helpers/accounts'
import { captureScreens } from './helpers/screens'

/** Serious or critical axe violations (WCAG 2.1 A/AA rules) on the current page. */
const seriousViolations = async (page: Page) => {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

const adminToken = async (request: APIRequestContext): Promise<string> => {
  const res = await request.post('/api/users/login', { data: { email: ACCOUNTS.admin, password: E2E_PASSWORD } })
  expect(res.ok()).toBe(true)
  return ((await res.json()) as { token: string }).token
}

type Doc = { id: number | string; slug: string; title: string; workflowState: string; visibility: string }

const newsAs = async (request: APIRequestContext, token: string, where: string): Promise<Doc[]> => {
  const res = await request.get(`/api/news?draft=true&limit=100&depth=0&${where}`, { headers: { Authorization: `JWT ${token}` } })
  return ((await res.json()) as { docs: Doc[] }).docs
}

const firstArticleHref = async (page: Page) => {
  await page.goto('/')
  const href = await page.locator('main a[href^="/berita/"]').first().getAttribute('href')
  expect(href).toBeTruthy()
  return href as string
}

test.describe('public portal', () => {
  test('home links to an article with body, dates, OPD, JSON-LD, Open Graph and canonical', async ({ page }) => {
    const href = await firstArticleHref(page)
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', /\/feed\.xml$/)
    const response = await page.goto(href)
    expect(response?.status()).toBe(200)
    expect(response?.headers()['cache-control']).toMatch(/public.*s-maxage=60/)
    await expect(page.locator('h1')).toHaveCount(1)
    await expect(page.locator('.article-body p').first()).toBeVisible()
    await expect(page.locator('.meta time').first()).toHaveText(/^(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} \w+ \d{4} \d{2}\.\d{2} WIB$/)
    await expect(page.locator('.kicker a[href^="/opd/"]')).toBeVisible()
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}')
    expect(ld['@type']).toBe('NewsArticle')
    expect(ld.headline).toBe(await page.locator('h1').textContent())
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${href}$`))
    await expect(page.locator('link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute('href', /\/feed\.json$/)
  })

  test('an article with a video embeds youtube-nocookie with a title', async ({ page, request }) => {
    const token = await adminToken(request)
    const withVideo = (await newsAs(request, token, 'where[youtubeVideoId][exists]=true&where[workflowState][equals]=published&where[visibility][equals]=public'))[0]
    expect(withVideo, 'the demo seed publishes items with a YouTube video').toBeDefined()
    await page.goto(`/berita/${withVideo!.slug}`)
    const frame = page.locator('iframe[src^="https://www.youtube-nocookie.com/embed/"]')
    await expect(frame).toHaveAttribute('title', /Video/)
  })

  test('search finds items by words of the body and paginates', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('searchbox', { name: 'Cari berita' }).fill('warga')
    await page.getByRole('searchbox', { name: 'Cari berita' }).press('Enter')
    await expect(page).toHaveURL(/\/cari\?q=warga/)
    await expect(page.getByRole('status')).toHaveText(/\d+ berita cocok/)
    await expect(page.locator('main .news-list > li').first()).toBeVisible()
    // Each hit: a linked title, its date and OPD (and category) on one line, the matched words marked.
    const meta = page.locator('main .news-list > li .meta').first()
    await expect(meta.locator('time')).toHaveAttribute('datetime', /^\d{4}-/)
    await expect(meta).toContainText(' · ')
    await expect(page.locator('main .news-list mark').first()).toBeVisible()
    await captureScreens(page, 'portal-search')
    await page.goto('/cari?q=kata-yang-tidak-ada-sama-sekali')
    await expect(page.getByRole('status')).toHaveText(/Tidak ada berita/)
  })

  test("a search visit is answered by the server's fast path: the same results and layout as Next's page, no scripts", async ({ request }) => {
    // Ordinary visits skip Next's render (src/server/searchFastPath.tsx); a staff session's visit and a
    // client navigation still reach Next.js. Both must show the same section in the same layout.
    const url = '/cari?q=warga'
    const fast = await request.get(url)
    expect(fast.status()).toBe(200)
    expect(fast.headers()['content-type']).toMatch(/^text\/html/)
    expect(fast.headers()['cache-control']).toMatch(/\bpublic\b/)
    expect(fast.headers()['vary']).toMatch(/\brsc\b/)
    expect(fast.headers()['content-security-policy']).toBeTruthy()
    const fastHtml = await fast.text()
    expect(fastHtml).not.toMatch(/<script\b/)
    expect(fastHtml).toMatch(/<title>Pencarian: warga — [^<]+<\/title>/)
    const viaNext = await request.get(url, { headers: { cookie: 'payload-token=bukan-token' } })
    const nextHtml = await viaNext.text()
    expect(nextHtml).toMatch(/<script\b/)
    // React's text separators (<!-- -->) are the only difference renderToString leaves.
    const section = (html: string) => /<section aria-labelledby="judul-cari">[\s\S]*?<\/section>/.exec(html.replaceAll('<!-- -->', ''))?.[0]
    expect(section(fastHtml)).toContain('berita cocok dengan “warga”')
    expect(section(fastHtml)).toBe(section(nextHtml))
    const layout = (html: string) => /<header class="site-header">[\s\S]*?<\/header>/.exec(html.replaceAll('<!-- -->', ''))?.[0]
    expect(layout(fastHtml)).toBe(layout(nextHtml))
    // A client navigation asks for the RSC payload under the same URL: Next answers it.
    const rsc = await request.get(url, { headers: { rsc: '1' } })
    expect(rsc.headers()['content-type']).toMatch(/text\/x-component/)
  })

  test('feeds and sitemaps parse back', async ({ page, request }) => {
    await page.goto('/')
    const parse = (xml: string) =>
      page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml')
        return {
          error: doc.getElementsByTagName('parsererror').length,
          items: doc.getElementsByTagName('item').length,
          entries: doc.getElementsByTagName('entry').length,
          urls: doc.getElementsByTagName('url').length,
          news: doc.getElementsByTagNameNS('http://www.google.com/schemas/sitemap-news/0.9', 'news').length,
        }
      }, xml)
    const rss = await request.get('/feed.xml')
    expect(rss.headers()['content-type']).toContain('application/rss+xml')
    expect(await parse(await rss.text())).toMatchObject({ error: 0, items: expect.any(Number) })
    expect((await parse(await rss.text())).items).toBeGreaterThan(0)
    const atom = await request.get('/atom.xml')
    expect(atom.headers()['content-type']).toContain('application/atom+xml')
    expect((await parse(await atom.text())).entries).toBeGreaterThan(0)
    const json = await request.get('/feed.json')
    expect(json.headers()['content-type']).toContain('application/feed+json')
    const feed = (await json.json()) as { version: string; items: { id: string; content_html: string }[] }
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.items.length).toBeGreaterThan(0)
    expect(feed.items.every((item) => item.id && item.content_html)).toBe(true)
    const category = await page.locator('nav[aria-label="Kategori"] a[href^="/kategori/"]').first().getAttribute('href')
    expect((await parse(await (await request.get(`${category}/feed.xml`)).text())).error).toBe(0)
    const sitemap = await parse(await (await request.get('/sitemap.xml')).text())
    expect(sitemap.error).toBe(0)
    expect(sitemap.urls).toBeGreaterThan(10)
    const news = await parse(await (await request.get('/news-sitemap.xml')).text())
    expect(news.error).toBe(0)
    expect(news.news).toBe(news.urls)
    expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap:')
  })

  test('a retracted article answers 410 with the reason and date', async ({ page, request }) => {
    const { slugs } = (await (await request.get('/dicabut/daftar.json')).json()) as { slugs: string[] }
    expect(slugs.length).toBeGreaterThan(0)
    const response = await page.goto(`/berita/${slugs[0]}`)
    expect(response?.status()).toBe(410)
    await expect(page.locator('h1')).toHaveText('Berita ini telah dicabut')
    await expect(page.locator('main')).toContainText('Alasan pencabutan')
    await expect(page.locator('main time').first()).toHaveText(/WIB$/)
    expect(await seriousViolations(page)).toEqual([])
  })

  test('drafts and internal items stay out of public pages, search and feeds; preview needs a session', async ({ page, request }) => {
    const token = await adminToken(request)
    const drafts = await newsAs(request, token, 'where[workflowState][not_in]=published,retracted')
    const internal = await newsAs(request, token, 'where[visibility][equals]=internal&where[workflowState][equals]=published')
    expect(drafts.length).toBeGreaterThan(0)
    const feed = await (await request.get('/feed.xml')).text()
    const sitemap = await (await request.get('/sitemap.xml')).text()
    for (const doc of [...drafts, ...internal]) {
      expect((await request.get(`/berita/${doc.slug}`, { maxRedirects: 0 })).status()).toBe(404)
      expect(feed).not.toContain(`/berita/${doc.slug}<`)
      expect(sitemap).not.toContain(`/berita/${doc.slug}<`)
    }
    await page.goto(`/cari?q=${encodeURIComponent(drafts[0]!.title.split(' ').slice(0, 3).join(' '))}`)
    await expect(page.locator(`main a[href="/berita/${drafts[0]!.slug}"]`)).toHaveCount(0)

    const anonymous = await request.get(`/pratinjau?slug=${drafts[0]!.slug}`, { maxRedirects: 0 })
    expect(anonymous.status()).toBe(401)
    const internalPage = await request.get('/internal', { maxRedirects: 0 })
    expect(internalPage.status()).toBe(307)
    expect(internalPage.headers()['location']).toContain('/admin/login')

    // Logged in through the REST API (sets Payload's cookie): preview shows the draft, privately.
    const login = await page.request.post('/api/users/login', { data: { email: ACCOUNTS.admin, password: E2E_PASSWORD } })
    expect(login.ok()).toBe(true)
    const preview = await page.goto(`/pratinjau?slug=${drafts[0]!.slug}`)
    expect(preview?.status()).toBe(200)
    expect(preview?.headers()['cache-control']).toMatch(/private/)
    await expect(page.locator('h1')).toHaveText(drafts[0]!.title)
    await expect(page.getByRole('status')).toContainText('Pratinjau draf')
    if (internal[0]) {
      const staff = await page.goto('/internal')
      expect(staff?.headers()['cache-control']).toMatch(/private/)
      await expect(page.locator(`main a[href="/internal/${internal[0].slug}"]`)).toBeVisible()
    }
    // Another browser context without the cookies still gets 404 for the draft.
    expect((await request.get(`/berita/${drafts[0]!.slug}`)).status()).toBe(404)
  })

  test('unknown addresses answer the portal\'s own 404 in Indonesian, never cached publicly', async ({ page }) => {
    const slug = (await firstArticleHref(page)).replace('/berita/', '')
    // Unknown article slugs and paths, and the internal uncached twin of the article route
    // (scripts/server.ts routes unknown slugs there; asked for directly it is no address).
    for (const path of ['/berita/tidak-ada-sama-sekali-e2e', '/halaman/yang/tidak/ada', `/berita-langsung/${slug}`, '/beranda/lain']) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      expect(response?.headers()['cache-control'], path).not.toMatch(/public/)
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('Halaman tidak ditemukan')
      await expect(page.getByRole('link', { name: 'Kembali ke beranda' })).toBeVisible()
    }
    // An unknown category or OPD: a shared cache may keep the 404 for seconds, never minutes.
    for (const path of ['/kategori/tidak-ada-e2e', '/opd/tidak-ada-e2e']) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      expect(response?.headers()['cache-control'], path).toMatch(/^(private|public, max-age=0, s-maxage=10$)/)
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('Halaman tidak ditemukan')
    }
    expect((await page.goto(`/berita/${slug}`))?.status()).toBe(200)
  })

  test('a 404 is a whole server-rendered page: readers without JavaScript see it, and the address stays', async ({ browser, page }) => {
    // Next.js renders a notFound() of a dynamic page as an empty document that only its JavaScript
    // fills; the server sends the portal's 404 document instead (src/server/serverRendered404.ts).
    const paths = ['/berita/tidak-ada-tanpa-js-e2e', '/kategori/tidak-ada-e2e', '/opd/tidak-ada-e2e', '/cari?q=pasar&halaman=999', '/a/b/c', '/tidak-ditemukan']
    const noScript = await browser.newContext({ javaScriptEnabled: false })
    try {
      const bare = await noScript.newPage()
      for (const path of paths) {
        const response = await bare.goto(path)
        expect(response?.status(), path).toBe(404)
        await expect(bare.getByRole('heading', { level: 1 }), path).toHaveText('Halaman tidak ditemukan')
        await expect(bare.locator('header.site-header .site-name'), path).toBeVisible()
        expect(await bare.title(), path).toMatch(/^Halaman tidak ditemukan/)
      }
    } finally {
      await noScript.close()
    }
    // With JavaScript the page hydrates in place: the reader's address is kept, links navigate.
    await page.goto('/kategori/tidak-ada-e2e')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan')
    await page.waitForLoadState('networkidle')
    expect(new URL(page.url()).pathname).toBe('/kategori/tidak-ada-e2e')
    await page.getByRole('link', { name: 'Kembali ke beranda' }).click()
    await expect(page).toHaveURL(/\/$/)
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Halaman tidak ditemukan')
  })

  test('the portal has an icon: /favicon.ico for every client, an SVG icon linked from each page', async ({ page, request }) => {
    const ico = await request.get('/favicon.ico')
    expect(ico.status()).toBe(200)
    expect(ico.headers()['content-type']).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/)
    await page.goto('/')
    const href = await page.locator('head link[rel="icon"][type="image/svg+xml"]').getAttribute('href')
    const svg = await request.get(href!)
    expect(svg.status()).toBe(200)
    expect(await svg.text()).toContain('<svg')
  })

  test('a change to the site settings shows on the next request', async ({ page, request }) => {
    const token = await adminToken(request)
    await page.goto('/')
    const name = `Warta Kota ${Date.now()}`
    const res = await request.post('/api/globals/site', { headers: { Authorization: `JWT ${token}` }, data: { name } })
    expect(res.ok()).toBe(true)
    await page.goto('/')
    await expect(page.locator('.site-name')).toHaveText(name)
    await request.post('/api/globals/site', { headers: { Authorization: `JWT ${token}` }, data: { name: 'Warta Kota' } })
  })

  test('renaming a category shows on an already cached article at the next request', async ({ page, request }) => {
    const token = await adminToken(request)
    const href = await firstArticleHref(page)
    await page.goto(href)
    await page.goto(href) // now served from the full-route cache
    const link = page.locator('.kicker a[href^="/kategori/"]')
    const categorySlug = ((await link.getAttribute('href')) ?? '').split('/').pop()
    const old = (await link.textContent()) ?? ''
    const found = await request.get(`/api/categories?where[slug][equals]=${categorySlug}`, { headers: { Authorization: `JWT ${token}` } })
    const id = ((await found.json()) as { docs: { id: number }[] }).docs[0]!.id
    const renamed = `${old} Baru`
    const res = await request.patch(`/api/categories/${id}`, { headers: { Authorization: `JWT ${token}` }, data: { name: renamed } })
    expect(res.ok()).toBe(true)
    await page.goto(href)
    await expect(link).toHaveText(renamed)
    await request.patch(`/api/categories/${id}`, { headers: { Authorization: `JWT ${token}` }, data: { name: old } })
  })

  test('no serious or critical axe violations on home, article, category and search', async ({ page }) => {
    const href = await firstArticleHref(page)
    const category = await page.locator('nav[aria-label="Kategori"] a[href^="/kategori/"]').first().getAttribute('href')
    for (const url of ['/', href, category as string, '/cari?q=warga', '/koreksi']) {
      await page.goto(url)
      expect(await seriousViolations(page), url).toEqual([])
    }
  })

  test('the skip link is the first tab stop and moves focus to the content', async ({ page }) => {
    await page.goto('/')
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Langsung ke konten' })
    await expect(skip).toBeFocused()
    await expect(skip).toBeInViewport()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/#konten$/)
    await expect(page.locator('main#konten')).toBeFocused()
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => document.activeElement?.closest('main') !== null)
    expect(focused).toBe(true)
  })

  test('fits a 360 px wide screen without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    const href = await firstArticleHref(page)
    for (const url of ['/', href, '/cari?q=warga']) {
      await page.goto(url)
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(width, url).toBeLessThanOrEqual(360)
    }
  })
})
