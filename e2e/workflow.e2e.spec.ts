import type { Page } from '@playwright/test'

import { expect, test } from '@playwright/test'

import { ACCOUNTS } from './helpers/accounts'
import { login } from './helpers/login'

const logout = async (page: Page) => {
  await page.context().clearCookies()
}

/** Opens a workflow action's in-page dialog, fills its text (if any) and confirms it. */
const runDialog = async (page: Page, label: string, heading: string, confirm: string, text?: { label: RegExp | string; value: string }) => {
  await page.getByRole('button', { name: label, exact: true }).click()
  const dialog = page.getByRole('dialog', { name: heading })
  if (text) await dialog.getByLabel(text.label).fill(text.value)
  const transition = page.waitForResponse((r) => r.url().includes('/transition') && r.request().method() === 'POST')
  const reloaded = page.waitForEvent('load')
  await dialog.getByRole('button', { name: confirm, exact: true }).click()
  expect((await transition).status()).toBe(200)
  await reloaded
}

/** Clicks a workflow button and waits for the transition and the page reload that follows it. */
const runAction = async (page: Page, label: string) => {
  const transition = page.waitForResponse((r) => r.url().includes('/transition') && r.request().method() === 'POST')
  const reloaded = page.waitForEvent('load')
  await page.getByRole('button', { name: label, exact: true }).click()
  const response = await transition
  expect(response.status()).toBe(200)
  await reloaded
}

test('a news item travels from writer to portal through review', async ({ page }) => {
  test.setTimeout(Number(process.env.E2E_FLOW_TIMEOUT) || 240_000)
  const title = `Dinkes Buka Layanan Vaksinasi Keliling ${Date.now()}`

  // 1. The writer drafts the item (with a weekday slip: 3 November 2026 is a Tuesday) and submits it.
  await login(page, ACCOUNTS.writerHealth)
  await page.goto('/admin/collections/news/create')
  await page.locator('#field-title').fill(title)
  await page.locator('#field-lead').fill('Dinas Kesehatan membuka layanan vaksinasi keliling di enam kelurahan mulai Senin (3/11/2026).')
  const editor = page.locator('.rich-text-lexical [contenteditable="true"]').first()
  await editor.click()
  await editor.pressSequentially('"Layanan ini gratis bagi warga," kata Kepala Dinas Kesehatan, Emma Rahmi Aryani.')
  await page.locator('#field-unit').click()
  await page.getByRole('option', { name: 'Dinas Kesehatan', exact: true }).click()
  await page.getByRole('button', { name: 'Simpan Draf' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/news\/\d+/)
  const editUrl = page.url()
  await runAction(page, 'Ajukan untuk ditinjau')
  await expect(page.getByText('Menunggu tinjauan').first()).toBeVisible()

  // 2. The verifier asks for a change.
  await logout(page)
  await login(page, ACCOUNTS.verifier)
  await page.goto(editUrl)
  await runDialog(page, 'Minta perubahan', 'Minta perubahan', 'Kirim permintaan perubahan', {
    label: 'Apa yang perlu diubah penulis?',
    value: 'Sebutkan lokasi layanan di lead.',
  })
  await expect(page.getByText('Draf').first()).toBeVisible()

  // 3. The writer fixes the lead and submits again.
  await logout(page)
  await login(page, ACCOUNTS.writerHealth)
  await page.goto(editUrl)
  await page.locator('#field-lead').fill('Dinas Kesehatan membuka layanan vaksinasi keliling di enam kelurahan Kemantren Jetis mulai Senin (3/11/2026).')
  await page.getByRole('button', { name: 'Simpan Draf' }).click()
  await expect(page.getByText(/berhasil/i).first()).toBeVisible()
  await page.reload()
  await runAction(page, 'Ajukan untuk ditinjau')
  await expect(page.getByText('Menunggu tinjauan').first()).toBeVisible()

  // 4. The verifier ticks the checklist, acknowledges the weekday finding, approves and publishes.
  await logout(page)
  await login(page, ACCOUNTS.verifier)
  await page.goto(editUrl)
  await page.getByRole('button', { name: 'Verifikasi', exact: true }).click()
  for (const name of ['names', 'titles', 'dates', 'numbers', 'quotes', 'sources']) {
    await page.locator(`#field-checklist__${name}`).check()
  }
  await page.getByRole('button', { name: 'Konfirmasi dengan alasan' }).first().click()
  await page.getByLabel('Alasan temuan ini dibiarkan (wajib)').fill('Tanggal sudah dikonfirmasi ke panitia: layanan dimulai Selasa; lead akan disesuaikan redaksi.')
  await page.getByRole('button', { name: 'Simpan alasan' }).click()
  await page.getByRole('button', { name: 'Simpan Draf' }).click()
  await expect(page.getByText(/berhasil/i).first()).toBeVisible()
  await page.reload()
  await runAction(page, 'Setujui')
  await expect(page.getByText('Disetujui').first()).toBeVisible()
  await runDialog(page, 'Terbitkan sekarang', 'Terbitkan sekarang', 'Terbitkan')
  await expect(page.getByText('Terbit').first()).toBeVisible()

  // 5. Readers see it on the portal.
  await logout(page)
  await page.goto('/')
  await expect(page.getByText(title).first()).toBeVisible()
})
