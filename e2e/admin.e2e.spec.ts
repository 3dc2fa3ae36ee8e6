import path from 'node:path'

import { expect, test } from '@playwright/test'

import { ACCOUNTS } from './helpers/accounts'
import { login } from './helpers/login'

test('the admin speaks Indonesian by default', async ({ page }) => {
  await page.goto('/admin/login')
  await expect(page.locator('button[type="submit"]')).toHaveText(/Masuk/)
})

test('a writer creates a news item with an image and finds it in the list', async ({ page }) => {
  await login(page, ACCOUNTS.writerHealth)

  // Upload the photo to the media library first.
  await page.goto('/admin/collections/media/create')
  await page.locator('input[type="file"]').setInputFiles(path.resolve('e2e/fixtures/foto-posyandu.jpg'))
  await page.locator('#field-alt').fill('Petugas posyandu menimbang balita')
  await page.getByRole('button', { name: 'Simpan' }).click()
  await expect(page.getByText(/berhasil/i).first()).toBeVisible()

  const title = `Kader Posyandu Gelar Penimbangan Serentak ${Date.now()}`
  await page.goto('/admin/collections/news/create')
  await page.locator('#field-title').fill(title)
  await page.locator('#field-lead').fill('Kader posyandu di seluruh kelurahan menggelar penimbangan balita serentak pada Senin pagi.')
  const editor = page.locator('.rich-text-lexical [contenteditable="true"]').first()
  await editor.click()
  await editor.pressSequentially('Penimbangan berlangsung pukul 08.00 sampai 11.00 WIB di 12 posyandu.')

  // Cover image: choose the uploaded photo from the library.
  await page.locator('#field-coverImage').getByRole('button', { name: /Pilih dari yang sudah ada|Choose from existing/i }).click()
  await page.getByRole('row').filter({ hasText: 'Petugas posyandu menimbang balita' }).first().getByRole('button').first().click()
  await expect(page.locator('#field-coverImage')).toContainText('foto-posyandu')

  // OPD: the writer's own unit.
  await page.locator('#field-unit').click()
  await page.getByRole('option', { name: 'Dinas Kesehatan', exact: true }).click()

  await page.getByRole('button', { name: /Simpan draf|Save draft/i }).click()
  await expect(page.getByText(/berhasil/i).first()).toBeVisible()

  await page.goto('/admin/collections/news')
  await expect(page.getByRole('link', { name: title })).toBeVisible()
})

test('the portal home page lists published news in Indonesian', async ({ page }) => {
  const response = await page.goto('/')
  expect(response?.status()).toBe(200)
  await expect(page.locator('html')).toHaveAttribute('lang', 'id')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: /Posyandu di Kemantren/ }).first()).toBeVisible()
  // Drafts never reach anonymous readers.
  await expect(page.getByText('WOW! Festival Terbaik')).toHaveCount(0)
})
