import type { Page } from '@playwright/test'

import { expect, test } from '@playwright/test'

import { ACCOUNTS } from './helpers/accounts'
import { login } from './helpers/login'
import { captureScreens, expectNoSeriousA11yViolations } from './helpers/screens'
import { apiOf } from './helpers/api'
import { formatDateTime, formatShortDateTime } from '../src/utilities/formatDateTime'

// Admin screens in Jakarta time and Indonesian, as the humas desk uses them.
test.use({ timezoneId: 'Asia/Jakarta', locale: 'id-ID', viewport: { width: 1366, height: 900 } })

const RAW_CODES = /\b(content_edit|request_changes|in_review|succeeded|skipped|Review Acknowledgement|Body Text|Last Content Edit)\b/

type NewsDoc = { id: number; title: string; workflowState: string; unit: { slug?: string } | number }

const findNews = async (page: Page, where: string): Promise<NewsDoc[]> => {
  const response = await apiOf(page).get(`/api/news?draft=true&depth=1&limit=20&${where}`)
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { docs: NewsDoc[] }).docs
}

test('the login page shows Warta’s own logo, not Payload’s', async ({ page }) => {
  await page.goto('/admin/login')
  await expect(page.getByTestId('warta-logo')).toBeVisible()
  await expect(page.getByTestId('warta-logo')).toContainText('Warta')
  await captureScreens(page, 'admin-login')
  await expectNoSeriousA11yViolations(page, 'login')
})

test('verifier dashboard: review queue oldest first with ages, counts and links into the filtered list', async ({ page }) => {
  await login(page, ACCOUNTS.verifier)
  const queue = page.getByTestId('work-queue')
  await expect(queue).toHaveAttribute('data-role', 'verifikator')
  const waiting = await findNews(page, 'where[workflowState][equals]=in_review')
  const review = queue.locator('[data-queue="in-review"]')
  await expect(review.getByTestId('count-in-review')).not.toHaveText('0')
  await expect(review.locator('li').first()).toContainText(/lalu/)
  await expect(queue.locator('[data-queue="approved"]')).toBeVisible()
  await expect(queue.locator('[data-queue="scheduled"]')).toBeVisible()
  await expect(queue.locator('[data-queue="failed-syndications"]')).toBeVisible()
  expect(waiting.length).toBeGreaterThan(0)
  await expect(page.getByTestId('warta-icon').first()).toBeAttached()
  await captureScreens(page, 'admin-dashboard-verifier')
  await expectNoSeriousA11yViolations(page, 'verifier dashboard')

  await review.getByRole('link', { name: /Lihat semua/ }).click()
  await expect(page).toHaveURL(/where%5BworkflowState%5D%5Bequals%5D=in_review|where\[workflowState\]\[equals\]=in_review/)
  const active = page.getByTestId('quick-filters').locator('[aria-current="page"]')
  await expect(active).toHaveText('Perlu ditinjau')
  await captureScreens(page, 'admin-news-list-review')
  await expectNoSeriousA11yViolations(page, 'news list')

  await page.getByTestId('quick-filters').getByRole('link', { name: 'Semua' }).click()
  await expect(page.getByTestId('quick-filters').locator('[aria-current="page"]')).toHaveText('Semua')
})

test('the news list filter builder offers meaningful fields only, with one "Status"', async ({ page }) => {
  await login(page, ACCOUNTS.verifier)
  await page.goto('/admin/collections/news')
  await page.getByRole('button', { name: /Filter/i }).first().click()
  await page.getByRole('button', { name: /Tambah filter|Add filter/i }).first().click()
  const fieldSelect = page.locator('.condition__field').first()
  await fieldSelect.click()
  const options = (await page.locator('.rs__option').allTextContents()).map((text) => text.trim())
  expect(options.length).toBeGreaterThan(3)
  expect(options.length).toBeLessThanOrEqual(20)
  expect(options.filter((option) => option === 'Status')).toHaveLength(1)
  for (const internal of ['Temuan pemeriksaan otomatis', 'Teks isi (untuk pencarian)', 'Kunci temuan', 'Terakhir diubah oleh', 'Status versi (sistem)']) {
    expect(options.some((option) => option.includes(internal)), internal).toBe(false)
  }
  await page.keyboard.press('Escape')
  await captureScreens(page, 'admin-news-list-filters')
})

test('writer dashboard: a change request shows with the verifier’s comment, plus drafts, scheduled and published', async ({ browser, page }) => {
  // The writer's own OPD items (the writer's access decides), one of them waiting for review…
  await login(page, ACCOUNTS.writerHealth)
  const [target] = await findNews(page, 'where[workflowState][equals]=in_review&sort=updatedAt')
  expect(target, 'a demo item of the writer’s OPD waiting for review').toBeTruthy()
  // …is sent back by the verifier with a comment.
  const desk = await browser.newPage()
  await login(desk, ACCOUNTS.verifier)
  const comment = `Mohon lengkapi nama narasumber ${Date.now()}`
  const answer = await apiOf(desk).post(`/api/news/${target!.id}/transition`, { data: { action: 'request_changes', comment } })
  expect(answer.status(), await answer.text()).toBe(200)
  await desk.close()

  await page.goto('/admin')
  const queue = page.getByTestId('work-queue')
  await expect(queue).toHaveAttribute('data-role', 'penulis')
  const returned = queue.locator('[data-queue="returned"]')
  await expect(returned).toContainText(comment)
  await expect(returned).toContainText(target!.title)
  await expect(returned).toContainText('diminta oleh Rina Verifikator')
  for (const id of ['drafts', 'scheduled', 'published']) await expect(queue.locator(`[data-queue="${id}"]`)).toBeVisible()
  await expect(queue).not.toContainText(RAW_CODES)
  await captureScreens(page, 'admin-dashboard-writer')
  await expectNoSeriousA11yViolations(page, 'writer dashboard')
})

test('admin dashboard: channel health and locked accounts; audit log in Indonesian', async ({ page }) => {
  await login(page, ACCOUNTS.admin)
  const queue = page.getByTestId('work-queue')
  await expect(queue).toHaveAttribute('data-role', 'admin')
  const health = page.getByTestId('channel-health')
  for (const channel of ['Portal', 'Instagram', 'YouTube']) await expect(health.getByRole('rowheader', { name: channel })).toBeVisible()
  await expect(page.getByTestId('locked-accounts')).toBeVisible()
  await captureScreens(page, 'admin-dashboard-admin')
  await expectNoSeriousA11yViolations(page, 'admin dashboard')

  await page.goto('/admin/collections/audit-log?sort=-createdAt')
  const table = page.locator('table').first()
  await expect(table).toBeVisible()
  await expect(table).not.toContainText(RAW_CODES)
  await expect(table).not.toContainText(/\bpublish\b|\bapprove\b|\bsubmit\b/)
  await captureScreens(page, 'admin-audit-log')
  await expectNoSeriousA11yViolations(page, 'audit log')
})

test.describe('on a laptop set to UTC', () => {
  test.use({ timezoneId: 'UTC' })

  test('list dates are Jakarta time with "WIB", whatever the browser’s zone; the audit log names its actors', async ({ page }) => {
    await login(page, ACCOUNTS.admin)
    const response = await apiOf(page).get('/api/audit-log?sort=-createdAt&limit=1&depth=0')
    const [latest] = ((await response.json()) as { docs: { createdAt: string }[] }).docs
    expect(latest).toBeTruthy()
    await page.goto('/admin/collections/audit-log?sort=-createdAt')
    const firstRow = page.locator('table tbody tr').first()
    await expect(firstRow).toContainText(formatDateTime(latest!.createdAt))
    await expect(page.locator('table')).not.toContainText('Tidak ada Pelaku')
    await page.goto('/admin/collections/news?sort=-updatedAt')
    await expect(page.locator('table tbody tr').first()).toContainText(/\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4} \d{2}\.\d{2} WIB/)
  })

  test('the edit view’s header says when the item was changed and created in WIB, whatever the browser’s zone', async ({ page }) => {
    await login(page, ACCOUNTS.verifier)
    const response = await apiOf(page).get('/api/news?draft=true&depth=0&limit=1&sort=-updatedAt')
    const [item] = ((await response.json()) as { docs: { id: number; updatedAt: string; createdAt: string }[] }).docs
    expect(item).toBeTruthy()
    await page.goto(`/admin/collections/news/${item!.id}`)
    const stamps = page.getByTestId('wib-timestamps')
    await expect(stamps.getByText('Terakhir diubah', { exact: true })).toBeVisible()
    await expect(stamps.locator('.wib-timestamps__long').nth(0)).toHaveText(formatDateTime(item!.updatedAt))
    await expect(stamps.getByText('Dibuat', { exact: true })).toBeVisible()
    await expect(stamps.locator('.wib-timestamps__long').nth(1)).toHaveText(formatDateTime(item!.createdAt))
    // Payload's own timestamps (browser zone, no label) are not shown beside them.
    await expect(page.locator('.doc-controls__value-wrap').first()).toBeHidden()
    await captureScreens(page, 'admin-news-edit-header-utc')
    // A phone's control bar has room for one short line: the change only, still in WIB.
    await page.setViewportSize({ width: 390, height: 844 })
    await expect(stamps.locator('.wib-timestamps__short').nth(0)).toHaveText(`Diubah ${formatShortDateTime(item!.updatedAt)}`)
    await expect(stamps.locator('.wib-timestamps__long').nth(0)).toBeHidden()
  })
})

test('a published item: Indonesian dates, Riwayat, Distribusi and version history without raw codes or overflow', async ({ page }) => {
  await login(page, ACCOUNTS.verifier)
  const [item] = await findNews(page, 'where[workflowState][equals]=published&sort=-publishedAt')
  expect(item).toBeTruthy()
  await page.goto(`/admin/collections/news/${item!.id}`)
  await expect(page.locator('#field-title')).toHaveValue(item!.title)
  // Payload's own date display uses admin.dateFormat: weekday and month in Indonesian, 24-hour clock.
  await expect(page.locator('body')).toContainText(/(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}/)
  await captureScreens(page, 'admin-news-edit')
  await expectNoSeriousA11yViolations(page, 'news edit')

  await page.getByRole('button', { name: 'Distribusi' }).click()
  const panel = page.getByTestId('syndication-panel')
  if (await panel.count()) {
    await expect(panel).not.toContainText(RAW_CODES)
    await expect(panel.getByTestId('attempts').first()).not.toHaveText(/^0/)
    await panel.scrollIntoViewIfNeeded()
    await captureScreens(page, 'admin-news-distribusi')
  }

  await page.goto(`/admin/collections/news/${item!.id}/versions`)
  const versions = page.getByTestId('news-versions')
  await expect(versions).toBeVisible()
  await expect(versions.locator('tbody tr').first()).toBeVisible()
  await expect(versions).toContainText(/Terbit|Disetujui|Draf|Menunggu tinjauan/)
  await captureScreens(page, 'admin-news-versions')
  await expectNoSeriousA11yViolations(page, 'version history')
  const compare = versions.getByRole('link', { name: /Bandingkan/ }).first()
  if (await compare.count()) {
    await compare.click()
    await expect(page).toHaveURL(/versionFrom=/)
    await expect(page.locator('body')).not.toContainText(/Body Text|Last Content Edit|weekday-date\|/)
    await captureScreens(page, 'admin-news-version-compare')
  }
})
