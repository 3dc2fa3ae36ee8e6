// The admin works under its Content-Security-Policy: log in, upload, write in the Lexical editor,
// save — with no CSP violation reported by Chromium. Also: the admin cannot be framed.
import { expect, test } from '@playwright/test'
import path from 'node:path'

import { login as loginInBrowser } from '../../e2e/helpers/login'
import { ACCOUNTS, expectSafe } from './harness'

const SPEC = 'admin'

test('the admin logs in, uploads, edits rich text and saves under its CSP', async ({ page }) => {
  test.setTimeout(120_000)
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text())) violations.push(message.text())
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Refused to load (CSP) ${event.violatedDirective} ${event.blockedURI}`))
  })
  await loginInBrowser(page, ACCOUNTS.writerHealth)

  await page.goto('/admin/collections/media/create')
  await page.locator('input[type="file"]').setInputFiles(path.resolve('e2e/fixtures/foto-posyandu.jpg'))
  await page.locator('#field-alt').fill('Foto uji kebijakan keamanan konten')
  await page.getByRole('button', { name: 'Simpan' }).click()
  await expect(page.getByText(/berhasil/i).first()).toBeVisible()

  const title = `Uji CSP admin ${Date.now()}`
  await page.goto('/admin/collections/news/create')
  await page.locator('#field-title').fill(title)
  await page.locator('#field-lead').fill('Ringkasan berita untuk menguji editor di bawah kebijakan keamanan konten.')
  const editor = page.locator('.rich-text-lexical [contenteditable="true"]').first()
  await editor.click()
  await editor.pressSequentially('Paragraf pertama ditulis di editor Lexical.')
  await page.keyboard.press('Control+b')
  await editor.pressSequentially(' Tebal.')
  await page.locator('#field-unit').click()
  await page.getByRole('option', { name: 'Dinas Kesehatan', exact: true }).click()
  await page.getByRole('button', { name: /Simpan draf|Save draft/i }).click()
  await expect(page.getByText(/berhasil/i).first()).toBeVisible()
  await page.goto('/admin/collections/news')
  await expect(page.getByRole('link', { name: title })).toBeVisible()
  await page.screenshot({ path: 'reports/security-admin-csp.png' })
  expectSafe(SPEC, 'headers', 'admin works under its CSP (no violation reported)', violations.length === 0, violations.join('\n'))
})

test('the admin refuses to be framed by another page', async ({ page }) => {
  const blocked: string[] = []
  page.on('console', (message) => {
    if (/frame-ancestors|X-Frame-Options|Refused to display/i.test(message.text())) blocked.push(message.text())
  })
  const origin = new URL(page.context().pages()[0]?.url() || test.info().project.use.baseURL || 'http://localhost').origin
  await page.setContent(`<iframe id="admin" src="${test.info().project.use.baseURL}/admin/login" width="800" height="600"></iframe>`)
  await page.waitForTimeout(2000)
  const frame = page.frame({ url: /\/admin\/login/ })
  const rendered = frame ? await frame.locator('#field-email').count().catch(() => 0) : 0
  expectSafe(SPEC, 'headers', 'admin login page not rendered inside a foreign frame', rendered === 0, `${origin} ${blocked.join(' ')}`)
})
