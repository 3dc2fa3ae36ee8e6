import { expect, test } from '@playwright/test'

import { captureScreens, expectNoSeriousA11yViolations } from './helpers/screens'

test.use({ timezoneId: 'Asia/Jakarta' })

const articleHref = async (page: import('@playwright/test').Page): Promise<string> => {
  await page.goto('/')
  const href = await page.locator('main a[href^="/berita/"]').first().getAttribute('href')
  expect(href).toBeTruthy()
  return href as string
}

test('on a phone the header is one line with a collapsed menu (no script) holding search and categories', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  const header = page.locator('header.site-header')
  const height = (await header.boundingBox())?.height ?? 999
  expect(height).toBeLessThanOrEqual(80)
  const menu = page.locator('details.site-menu')
  await expect(menu).toBeVisible()
  await expect(menu).not.toHaveAttribute('open', /.*/)
  await expect(menu.getByRole('link', { name: 'Beranda' })).toBeHidden()
  await menu.locator('summary').click()
  await expect(menu.getByRole('searchbox', { name: 'Cari berita' })).toBeVisible()
  await expect(menu.getByRole('navigation', { name: 'Kategori' }).getByRole('link').nth(1)).toBeVisible()
  await page.screenshot({ path: 'reports/screens/portal-menu-open-390.png' })
  // Wide screens show the search form and category bar instead.
  await page.setViewportSize({ width: 1366, height: 900 })
  await expect(menu).toBeHidden()
  await expect(page.locator('nav.site-nav')).toBeVisible()
})

test('the home page is compact: a few phone screens, not dozens', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  expect(height).toBeLessThanOrEqual(844 * 7)
  await captureScreens(page, 'portal-home')
  await expectNoSeriousA11yViolations(page, 'home')
})

test('an article has a breadcrumb (with BreadcrumbList JSON-LD), a byline with author and OPD, and plain share links', async ({ page }) => {
  const href = await articleHref(page)
  await page.goto(href)
  const crumbs = page.getByRole('navigation', { name: 'Remah roti' })
  await expect(crumbs.getByRole('link', { name: 'Beranda' })).toBeVisible()
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText((await page.locator('h1').textContent()) ?? '')
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
  const breadcrumb = scripts.map((text) => JSON.parse(text) as { '@type': string; itemListElement?: { position: number; name: string }[] }).find((ld) => ld['@type'] === 'BreadcrumbList')
  expect(breadcrumb?.itemListElement?.[0]).toMatchObject({ position: 1, name: 'Beranda' })

  const byline = page.locator('.byline')
  await expect(byline).toContainText(/^Oleh .+ · .+/)

  const share = page.getByRole('region', { name: 'Bagikan' })
  const url = new URL(page.url())
  await expect(share.getByRole('link', { name: /WhatsApp/ })).toHaveAttribute('href', new RegExp(`^https://wa\\.me/\\?text=.*${encodeURIComponent(url.pathname).slice(0, 12)}`))
  await expect(share.getByRole('link', { name: /Facebook/ })).toHaveAttribute('href', /^https:\/\/www\.facebook\.com\/sharer\/sharer\.php\?u=/)
  await expect(share.getByRole('link', { name: /^X/ })).toHaveAttribute('href', /^https:\/\/x\.com\/intent\/post\?url=/)
  await expect(share.getByRole('button', { name: 'Salin tautan' })).toBeVisible()
  // No third-party scripts: every script is the portal's own.
  const foreign = await page.evaluate(() =>
    [...document.querySelectorAll('script[src]')].map((s) => (s as HTMLScriptElement).src).filter((src) => new URL(src).origin !== location.origin),
  )
  expect(foreign).toEqual([])
  await captureScreens(page, 'portal-article')
  await expectNoSeriousA11yViolations(page, 'article')
})

test('lists date items by first publication; a page past the end is 404', async ({ page, request }) => {
  await page.goto('/')
  const categoryHref = await page.locator('nav.site-nav a[href^="/kategori/"]').first().getAttribute('href')
  expect(categoryHref).toBeTruthy()
  await page.goto(categoryHref as string)
  await expect(page.locator('main .news-list time').first()).toHaveText(/WIB$/)
  await captureScreens(page, 'portal-category')
  const pastEnd = await request.get(`${categoryHref}?halaman=999`)
  expect(pastEnd.status()).toBe(404)
  const first = await request.get(`${categoryHref}?halaman=1`)
  expect(first.status()).toBe(200)
})

test('the 410 retraction notice sits inside the portal layout (header, menu, search)', async ({ page, request }) => {
  const { slugs } = (await (await request.get('/dicabut/daftar.json')).json()) as { slugs: string[] }
  expect(slugs.length).toBeGreaterThan(0)
  const response = await page.goto(`/berita/${slugs[0]}`)
  expect(response?.status()).toBe(410)
  await expect(page.locator('h1')).toHaveText('Berita ini telah dicabut')
  await expect(page.locator('header.site-header')).toBeVisible()
  await expect(page.getByRole('search').first()).toBeAttached()
  await expect(page.locator('nav.site-nav')).toBeVisible()
  await expect(page.locator('footer.site-footer')).toBeVisible()
  await captureScreens(page, 'portal-retracted')
  await expectNoSeriousA11yViolations(page, 'retraction notice')
})

test('an unknown address shows the 404 page inside the portal layout', async ({ page }) => {
  const response = await page.goto('/pengumuman/lama/yang-tidak-ada')
  expect(response?.status()).toBe(404)
  await expect(page.locator('h1')).toHaveText('Halaman tidak ditemukan')
  await expect(page.locator('header.site-header')).toBeVisible()
  await expect(page.locator('footer.site-footer')).toBeVisible()
  await captureScreens(page, 'portal-404')
  await expectNoSeriousA11yViolations(page, '404 page')
})
