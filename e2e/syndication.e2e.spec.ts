import type { APIRequestContext, Page } from '@playwright/test'

import { expect, test } from '@playwright/test'
import fs from 'node:fs'
import path from 'node:path'

import type { News } from '../src/payload-types'

import { ACCOUNTS, E2E_PASSWORD } from './helpers/accounts'
import { login } from './helpers/login'
import { plainTextToLexical } from '../src/utilities/plainTextToLexical'
import { E2E_WEBHOOK_SECRET } from './helpers/platforms'

// The e2e server runs the job queue every 5 s against the fake platforms (scripts/e2e-server.mjs).
const DELIVERY_TIMEOUT = 60_000

type ChannelsGlobal = { portal: { webhooks: { id: string; url: string; secret: string }[] } & Record<string, unknown> }

type Api = { request: APIRequestContext; headers: Record<string, string> }

/** REST access as one account (a JWT header: the admin's session cookie is Secure, which
 * Playwright's API client does not send over plain http). */
const apiAs = async (request: APIRequestContext, email: string): Promise<Api> => {
  const response = await request.post('/api/users/login', { data: { email, password: E2E_PASSWORD } })
  expect(response.ok(), await response.text()).toBe(true)
  const { token } = (await response.json()) as { token: string }
  return { request, headers: { Authorization: `JWT ${token}` } }
}

const findNews = async ({ request, headers }: Api, query: string): Promise<News> => {
  const response = await request.get(`/api/news?${query}&depth=0&limit=1&sort=publishedAt`, { headers })
  expect(response.ok(), await response.text()).toBe(true)
  const { docs } = (await response.json()) as { docs: News[] }
  expect(docs.length).toBe(1)
  return docs[0]
}

/** Writes the portal webhook secret through the REST API, as the settings screen does. */
const setWebhookSecret = async ({ request, headers }: Api, secret: string) => {
  const response = await request.get('/api/globals/channels', { headers })
  expect(response.ok(), await response.text()).toBe(true)
  const current = (await response.json()) as ChannelsGlobal
  expect(current.portal.webhooks.length).toBeGreaterThan(0)
  // Readers only ever see the masked value.
  expect(current.portal.webhooks[0].secret).not.toContain(E2E_WEBHOOK_SECRET)
  const webhooks = current.portal.webhooks.map((hook, i) => (i === 0 ? { ...hook, secret } : hook))
  const saved = await request.post('/api/globals/channels', { headers, data: { ...current, portal: { ...current.portal, webhooks } } })
  expect(saved.status(), await saved.text()).toBe(200)
}

const openDistribution = async (page: Page, newsId: number | string) => {
  await page.goto(`/admin/collections/news/${newsId}`)
  await page.getByRole('tab', { name: 'Distribusi' }).or(page.getByRole('button', { name: 'Distribusi' })).first().click()
  return page.getByTestId('syndication-panel')
}

test('a published item reaches the portal, Instagram and YouTube, with permalinks in the Distribusi tab', async ({ page }) => {
  await login(page, ACCOUNTS.verifier)
  const news = await findNews(
    await apiAs(page.request, ACCOUNTS.verifier),
    'where[workflowState][equals]=published&where[visibility][equals]=public&where[channels.instagram.enabled][equals]=true&where[channels.youtube.enabled][equals]=true',
  )
  const panel = await openDistribution(page, news.id)
  for (const channel of ['portal', 'instagram', 'youtube']) {
    await expect(panel.locator(`tr[data-channel="${channel}"][data-state="succeeded"]`)).toHaveCount(1, { timeout: DELIVERY_TIMEOUT })
  }
  await expect(panel.locator('tr[data-channel="portal"] a')).toHaveAttribute('href', new RegExp(`/berita/${news.slug}$`))
  await expect(panel.locator('tr[data-channel="instagram"] a')).toHaveAttribute('href', /instagram\.com\/p\//)
  await expect(panel.locator('tr[data-channel="youtube"] a')).toHaveAttribute('href', new RegExp(`v=${news.youtubeVideoId}`))
  await expect(panel.getByText('Berhasil').first()).toBeVisible()
})

test('a refused webhook fails with an Indonesian explanation and succeeds after "Coba lagi" once fixed', async ({ browser }) => {
  test.setTimeout(180_000)
  const admin = await browser.newPage()
  const verifier = await browser.newPage()
  await login(admin, ACCOUNTS.admin)
  await login(verifier, ACCOUNTS.verifier)

  const adminApi = await apiAs(admin.request, ACCOUNTS.admin)
  const verifierApi = await apiAs(verifier.request, ACCOUNTS.verifier)
  await setWebhookSecret(adminApi, 'rahasia-yang-salah-0123456789')
  const news = await findNews(
    verifierApi,
    'where[workflowState][equals]=published&where[visibility][equals]=public&where[channels.instagram.enabled][equals]=false&where[channels.youtube.enabled][equals]=false',
  )
  const retracted = await verifierApi.request.post(`/api/news/${news.id}/transition`, {
    headers: verifierApi.headers,
    data: { action: 'retract', reason: 'Uji distribusi: data kegiatan keliru dan sedang diperiksa ulang oleh OPD.' },
  })
  expect(retracted.status(), await retracted.text()).toBe(200)

  const panel = await openDistribution(verifier, news.id)
  const removal = panel.locator('tr[data-channel="portal"]').filter({ hasText: 'Hapus' })
  await expect(removal).toHaveAttribute('data-state', 'failed', { timeout: DELIVERY_TIMEOUT })
  // The explanation sits in the full-width detail row right under the record's row.
  const explanation = removal.locator('xpath=following-sibling::tr[1]')
  await expect(explanation).toContainText('menolak kiriman')
  await expect(explanation).toContainText('Periksa URL dan rahasia webhook')

  await setWebhookSecret(adminApi, E2E_WEBHOOK_SECRET)
  await removal.getByRole('button', { name: 'Coba lagi' }).click()
  await expect(removal).toHaveAttribute('data-state', 'succeeded', { timeout: DELIVERY_TIMEOUT })
  await expect(removal.getByRole('button', { name: 'Coba lagi' })).toHaveCount(0)
})

test('the Distribusi tab previews the Instagram post and YouTube metadata with live counters', async ({ page }) => {
  await login(page, ACCOUNTS.verifier)
  const news = await findNews(
    await apiAs(page.request, ACCOUNTS.verifier),
    'where[workflowState][equals]=published&where[visibility][equals]=public&where[channels.youtube.enabled][equals]=true',
  )
  await openDistribution(page, news.id)
  const instagram = page.getByTestId('channel-preview-instagram')
  const youtube = page.getByTestId('channel-preview-youtube')
  // The template: title, lead and the article link.
  await expect(instagram.locator('pre')).toContainText(news.title)
  await expect(instagram.locator('pre')).toContainText(`Selengkapnya: `)
  await expect(instagram.locator('pre')).toContainText(`/berita/${news.slug}`)

  await page.locator('#field-channels__instagram__caption').fill('Info layanan kota #satu #dua #tiga #empat #lima #enam')
  await expect(instagram.locator('pre')).toHaveText('Info layanan kota #satu #dua #tiga #empat #lima #enam')
  await expect(instagram.getByText('Tagar: 6 / 5 — melebihi batas')).toBeVisible()

  await page.locator('#field-channels__youtube__title').fill('J'.repeat(101))
  await expect(youtube.getByText('Karakter judul: 101 / 100 — melebihi batas')).toBeVisible()
  await expect(youtube.getByText(/101 karakter; batasnya 100/)).toBeVisible()
})

test('a verifier publishes an item with Instagram and YouTube enabled; both succeed with permalinks', async ({ page, request }) => {
  test.setTimeout(180_000)
  // A request context of its own: logging in through it must not log the browser page in.
  const writer = await apiAs(request, ACCOUNTS.writerHealth)
  const verifier = await apiAs(request, ACCOUNTS.verifier)
  const call = async (api: Api, method: 'PATCH' | 'POST', url: string, data: unknown, expected = 200) => {
    const response = await api.request.fetch(url, { method, headers: api.headers, data })
    expect(response.status(), await response.text()).toBe(expected)
    return response.json()
  }

  // The writer prepares the item: cover photo with alt text, video id, both channels chosen.
  const upload = await writer.request.post('/api/media', {
    headers: writer.headers,
    multipart: {
      file: { name: 'foto-posyandu.jpg', mimeType: 'image/jpeg', buffer: fs.readFileSync(path.resolve('e2e/fixtures/foto-posyandu.jpg')) },
      _payload: JSON.stringify({ alt: 'Kader posyandu menimbang balita di Kemantren Jetis' }),
    },
  })
  expect(upload.status(), await upload.text()).toBe(201)
  const { doc: cover } = (await upload.json()) as { doc: { id: number } }
  const me = (await (await writer.request.get('/api/users/me?depth=0', { headers: writer.headers })).json()) as { user: { units: number[] } }
  const title = `Posyandu Jetis Tambah Layanan Timbang Balita ${Date.now()}`
  const { doc: news } = (await call(writer, 'POST', '/api/news?draft=true', {
    title,
    lead: 'Dinas Kesehatan menambah jadwal penimbangan balita di posyandu Kemantren Jetis menjadi dua kali sebulan.',
    body: plainTextToLexical('Penimbangan dilakukan setiap Selasa pertama dan ketiga, kata Kepala Puskesmas Jetis.'),
    unit: me.user.units[0],
    coverImage: cover.id,
    youtubeVideoId: 'wartaDemo42',
    channels: { instagram: { enabled: true }, youtube: { enabled: true } },
  }, 201)) as { doc: News }
  await call(writer, 'POST', `/api/news/${news.id}/transition`, { action: 'submit' })

  // The verifier checks and approves it, then publishes it in the admin.
  await call(verifier, 'PATCH', `/api/news/${news.id}?draft=true`, {
    checklist: { names: true, titles: true, dates: true, numbers: true, quotes: true, sources: true },
  })
  await call(verifier, 'POST', `/api/news/${news.id}/transition`, { action: 'approve' })
  await login(page, ACCOUNTS.verifier)
  await page.goto(`/admin/collections/news/${news.id}`)
  const published = page.waitForResponse((r) => r.url().includes('/transition') && r.request().method() === 'POST')
  // The workflow panel reloads the page after a transition: navigating before that aborts.
  const reloaded = page.waitForEvent('load')
  await page.getByRole('button', { name: 'Terbitkan sekarang', exact: true }).click()
  // First publication: the in-page dialog asks no correction note; confirm it.
  await page.getByRole('dialog', { name: 'Terbitkan sekarang' }).getByRole('button', { name: 'Terbitkan', exact: true }).click()
  expect((await published).status()).toBe(200)
  await reloaded

  const panel = await openDistribution(page, news.id)
  for (const channel of ['portal', 'instagram', 'youtube']) {
    await expect(panel.locator(`tr[data-channel="${channel}"][data-state="succeeded"]`)).toHaveCount(1, { timeout: DELIVERY_TIMEOUT })
  }
  await expect(panel.locator('tr[data-channel="instagram"] a')).toHaveAttribute('href', /instagram\.com\/p\//)
  await expect(panel.locator('tr[data-channel="youtube"] a')).toHaveAttribute('href', /v=wartaDemo42$/)
})
