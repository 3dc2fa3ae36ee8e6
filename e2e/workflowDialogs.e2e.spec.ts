import type { Locator, Page } from '@playwright/test'

import { expect, test } from '@playwright/test'

import { ACCOUNTS, E2E_PASSWORD } from './helpers/accounts'

/**
 * Issue 10: the admin at a second address of the same server (127.0.0.1 while PUBLIC_URL is
 * localhost), and the writer's and verifier's journeys through the in-page workflow dialogs.
 * Screenshots of every screen touched go to reports/screens/ at 1366×900 and 390×844.
 */

const SCREENS = 'reports/screens'
const DESKTOP = { width: 1366, height: 900 }
const PHONE = { width: 390, height: 844 }

const secondOrigin = (baseURL: string | undefined): string => {
  const url = new URL(baseURL ?? 'http://localhost:3210')
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost'
  return url.origin
}

const loginAt = async (page: Page, origin: string, email: string) => {
  await page.context().clearCookies()
  await page.goto(`${origin}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(E2E_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

/** Screenshot at both sizes (the page is restored to desktop afterwards). */
const shoot = async (page: Page, name: string, { phone = true }: { phone?: boolean } = {}) => {
  await page.setViewportSize(DESKTOP)
  await page.screenshot({ path: `${SCREENS}/${name}-1366.png` })
  if (phone) {
    await page.setViewportSize(PHONE)
    await page.screenshot({ path: `${SCREENS}/${name}-390.png` })
    await page.setViewportSize(DESKTOP)
  }
}

/** A button of the workflow panel (a closing dialog may still hold a button with the same name). */
const panelButton = (page: Page, label: string): Locator =>
  page.locator('.warta-workflow__buttons').getByRole('button', { name: label, exact: true })

const status = (page: Page) => page.getByTestId('workflow-state')

const dialogOf = (page: Page, heading: string): Locator => page.getByRole('dialog', { name: heading })

/** Confirms an open dialog; waits for the transition answer and the reload that follows success. */
const confirmDialog = async (page: Page, dialog: Locator, label: string) => {
  const transition = page.waitForResponse((r) => r.url().includes('/transition') && r.request().method() === 'POST')
  const reloaded = page.waitForEvent('load')
  await dialog.getByRole('button', { name: label, exact: true }).click()
  expect((await transition).status()).toBe(200)
  await reloaded
}

/** A workflow button that runs directly (no dialog). */
const runDirect = async (page: Page, label: string) => {
  const transition = page.waitForResponse((r) => r.url().includes('/transition') && r.request().method() === 'POST')
  const reloaded = page.waitForEvent('load')
  await panelButton(page, label).click()
  expect((await transition).status(), 'transition').toBe(200)
  await reloaded
}

/** dd/MM/yyyy HH.mm of a moment, written as WIB (UTC+7), as the schedule picker expects. */
const wibPickerText = (date: Date): string => {
  const wib = new Date(date.getTime() + 7 * 3_600_000)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${two(wib.getUTCDate())}/${two(wib.getUTCMonth() + 1)}/${wib.getUTCFullYear()} ${two(wib.getUTCHours())}.${two(wib.getUTCMinutes())}`
}

test.describe.configure({ mode: 'serial' })

let editPath = ''

test('at a second address (127.0.0.1) the writer saves, picks a cover, sees authors and submits', async ({ page, baseURL }) => {
  test.setTimeout(180_000)
  const origin = secondOrigin(baseURL)
  const failures: string[] = []
  page.on('response', (response) => {
    if (response.url().includes('/api/') && [401, 403, 500].includes(response.status())) failures.push(`${response.status()} ${response.url()}`)
  })
  page.on('pageerror', (error) => failures.push(`pageerror: ${error.message}`))

  await loginAt(page, origin, ACCOUNTS.writerHealth)
  await page.goto(`${origin}/admin/collections/news/create`)
  // OPD pre-filled with the writer's own unit.
  await expect(page.locator('#field-unit')).toContainText('Dinas Kesehatan')
  await page.locator('#field-title').fill(`Pemkot Tanam Lima Ratus Pohon di Bantaran Sungai ${Date.now()}`)
  await page.locator('#field-lead').fill('Pemerintah Kota bersama warga menanam lima ratus pohon di bantaran sungai.')
  const editor = page.locator('.rich-text-lexical [contenteditable="true"]').first()
  await editor.click()
  await editor.pressSequentially('Penanaman melibatkan warga, pelajar dan relawan lingkungan.')
  // The OPD list offers only the writer's units (the demo writer belongs to Dinkes and Humas Setda).
  await page.locator('#field-unit').click()
  await expect(page.getByRole('option')).toHaveText(['Dinas Kesehatan', 'Bagian Hubungan Masyarakat Sekretariat Daerah'])
  await page.keyboard.press('Escape')
  await shoot(page, 'h10a-new-item-second-address')

  // Cover image drawer loads the library (was: "MEMUAT" forever and a 500).
  await page.locator('#field-coverImage').getByRole('button', { name: 'Pilih dari yang sudah ada' }).click()
  // Search for the seed photo by its alt text: parallel tests upload media, and the drawer
  // lists the newest first, so the oldest seed photo is not always on its first page.
  const drawer = page.getByRole('dialog')
  await drawer.locator('#search-filter-input').fill('kota nomor 1:')
  const firstPhoto = drawer.getByRole('row', { name: /ilustrasi-1\.jpg/ })
  await expect(firstPhoto).toBeVisible()
  await firstPhoto.getByRole('button').first().click()
  await expect(page.locator('#field-coverImage')).toContainText('ilustrasi-1')

  // Authors offers options (was: "Tidak ada opsi").
  await page.locator('#field-authors').click()
  await expect(page.getByRole('option').first()).toBeVisible()
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: 'Simpan Draf' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/news\/\d+/)
  await expect(page.getByText(/berhasil/i).first()).toBeVisible()
  editPath = new URL(page.url()).pathname
  await expect(status(page)).toHaveText('Draf')
  await expect(page.getByTestId('header-workflow-state')).toHaveText('Draf')

  await runDirect(page, 'Ajukan untuk ditinjau')
  await expect(status(page)).toHaveText('Menunggu tinjauan')
  await expect(page.getByTestId('header-workflow-state')).toHaveText('Menunggu tinjauan')
  await shoot(page, 'h10a-writer-submitted')
  expect(failures).toEqual([])
})

test('at an address that is not allowed, the login page names the address to use', async ({ page, baseURL }) => {
  const url = new URL(baseURL ?? 'http://localhost:3210')
  url.hostname = '127.0.0.2' // loopback, but not in PUBLIC_URL/ADMIN_ORIGINS
  await page.context().clearCookies()
  await page.goto(`${url.origin}/admin/login`)
  const notice = page.getByRole('alert').filter({ hasText: 'Alamat ini tidak dapat dipakai untuk admin' })
  await expect(notice).toBeVisible()
  await expect(notice.getByRole('link').first()).toHaveAttribute('href', `${new URL(baseURL ?? '').origin}/admin/login`)
  await expect(page.locator('#field-email')).toBeHidden()
  await shoot(page, 'h10a-login-wrong-address')
})

test('verifier and writer work through the in-page dialogs', async ({ page, baseURL }) => {
  test.setTimeout(300_000)
  expect(editPath).not.toBe('')
  const origin = secondOrigin(baseURL)
  const prompts: string[] = []
  page.on('dialog', (dialog) => {
    prompts.push(dialog.type())
    void dialog.dismiss()
  })
  let transitions = 0
  page.on('request', (request) => {
    if (request.url().includes('/transition')) transitions++
  })

  // Verifier: request changes. Cancel does nothing; empty is refused inline; multi-line is kept.
  await loginAt(page, origin, ACCOUNTS.verifier)
  await page.goto(`${origin}${editPath}`)
  await panelButton(page, 'Minta perubahan').click()
  let dialog = dialogOf(page, 'Minta perubahan')
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Batal' }).click()
  await expect(dialog).toBeHidden()
  expect(transitions).toBe(0)
  await panelButton(page, 'Minta perubahan').click()
  await dialog.getByRole('button', { name: 'Kirim permintaan perubahan' }).click()
  await expect(dialog.getByText('Apa yang perlu diubah penulis? wajib diisi.')).toBeVisible()
  expect(transitions).toBe(0)
  const comment = 'Sebutkan lokasi penanaman di lead.\nTambahkan kutipan dari Kepala DLH.'
  await dialog.getByLabel('Apa yang perlu diubah penulis?').fill(comment)
  await shoot(page, 'h10a-dialog-request-changes')
  await confirmDialog(page, dialog, 'Kirim permintaan perubahan')
  await expect(status(page)).toHaveText('Draf')

  // Writer: sees who asked, when and what, above the form; fixes the lead and submits again.
  await loginAt(page, origin, ACCOUNTS.writerHealth)
  await page.goto(`${origin}${editPath}`)
  const request = page.getByRole('note').filter({ hasText: 'Verifikator meminta perubahan' })
  await expect(request).toContainText('Sebutkan lokasi penanaman di lead.')
  await expect(request).toContainText('Tambahkan kutipan dari Kepala DLH.')
  await expect(request).toContainText('WIB')
  await shoot(page, 'h10a-writer-change-request')
  await page.locator('#field-lead').fill('Pemerintah Kota bersama warga menanam lima ratus pohon di bantaran Sungai Code, Kemantren Jetis.')
  // Not saved by hand: the action saves pending edits first.
  await runDirect(page, 'Ajukan untuk ditinjau')
  await expect(status(page)).toHaveText('Menunggu tinjauan')
  await expect(page.locator('#field-lead')).toHaveValue(/Sungai Code/)
  await expect(page.getByRole('note').filter({ hasText: 'Verifikator meminta perubahan' })).toHaveCount(0)

  // Verifier: ticks the checklist without saving, then approves (the ticks count).
  await loginAt(page, origin, ACCOUNTS.verifier)
  await page.goto(`${origin}${editPath}`)
  await page.getByRole('button', { name: 'Verifikasi', exact: true }).click()
  for (const name of ['names', 'titles', 'dates', 'numbers', 'quotes', 'sources']) {
    await page.locator(`#field-checklist__${name}`).check()
  }
  await expect(page.getByText('Daftar periksa: 6/6')).toBeVisible()
  await runDirect(page, 'Setujui')
  await expect(status(page)).toHaveText('Disetujui')
  await expect(page.getByText('Daftar periksa: 6/6')).toBeVisible()

  // Schedule: a past time is refused inline; a future one shows when it will appear.
  await panelButton(page, 'Jadwalkan terbit').click()
  dialog = dialogOf(page, 'Jadwalkan terbit')
  const picker = dialog.getByLabel('Waktu terbit (WIB)')
  await picker.fill(wibPickerText(new Date(Date.now() - 3_600_000)))
  await picker.press('Enter')
  await dialog.getByRole('button', { name: 'Jadwalkan', exact: true }).click()
  await expect(dialog.getByText(/Waktu terbit harus paling cepat/)).toBeVisible()
  const tomorrow = new Date(Date.now() + 26 * 3_600_000)
  tomorrow.setUTCMinutes(0, 0, 0)
  await picker.fill(wibPickerText(tomorrow))
  await picker.press('Enter')
  await expect(dialog.getByText(/^Akan terbit: .+ WIB\.$/)).toBeVisible()
  await shoot(page, 'h10a-dialog-schedule')
  await confirmDialog(page, dialog, 'Jadwalkan')
  await expect(status(page)).toHaveText('Terjadwal')

  // Unschedule: "Kembali" keeps the schedule; confirming cancels it.
  await panelButton(page, 'Batalkan jadwal').click()
  dialog = dialogOf(page, 'Batalkan jadwal terbit')
  await expect(dialog).toContainText('WIB')
  await shoot(page, 'h10a-dialog-unschedule', { phone: false })
  await dialog.getByRole('button', { name: 'Kembali' }).click()
  await expect(status(page)).toHaveText('Terjadwal')
  await panelButton(page, 'Batalkan jadwal').click()
  await confirmDialog(page, dialog, 'Batalkan jadwal')
  await expect(status(page)).toHaveText('Disetujui')

  // Publish: first publication asks no correction note; "Batal" does not publish.
  const before = transitions
  await panelButton(page, 'Terbitkan sekarang').click()
  dialog = dialogOf(page, 'Terbitkan sekarang')
  await expect(dialog.getByLabel(/Catatan koreksi/)).toHaveCount(0)
  await shoot(page, 'h10a-dialog-publish', { phone: false })
  await dialog.getByRole('button', { name: 'Batal' }).click()
  expect(transitions).toBe(before)
  await expect(status(page)).toHaveText('Disetujui')
  await panelButton(page, 'Terbitkan sekarang').click()
  await confirmDialog(page, dialog, 'Terbitkan')
  await expect(status(page)).toHaveText('Terbit')
  await expect(page.getByTestId('header-workflow-state')).toHaveText('Terbit')

  // Retract: the public notice preview shows the reason as readers will read it.
  await panelButton(page, 'Cabut berita').click()
  dialog = dialogOf(page, 'Cabut berita')
  await dialog.getByLabel(/Alasan pencabutan/).fill('Lokasi kegiatan dipindahkan; berita akan diperbarui.')
  await expect(dialog.getByRole('region', { name: 'Pratinjau pemberitahuan publik' })).toContainText('Lokasi kegiatan dipindahkan; berita akan diperbarui.')
  await shoot(page, 'h10a-dialog-retract')
  await confirmDialog(page, dialog, 'Cabut berita')
  await expect(status(page)).toHaveText('Dicabut')

  // Restore into review (issue 10 #15).
  await panelButton(page, 'Pulihkan ke tinjauan').click()
  dialog = dialogOf(page, 'Pulihkan ke tinjauan')
  await dialog.getByLabel(/Alasan pemulihan/).fill('Lokasi sudah dibetulkan penulis.')
  await shoot(page, 'h10a-dialog-restore', { phone: false })
  await confirmDialog(page, dialog, 'Pulihkan ke tinjauan')
  await expect(status(page)).toHaveText('Menunggu tinjauan')

  // Republishing asks the correction note (the item was live before).
  await runDirect(page, 'Setujui')
  await panelButton(page, 'Terbitkan sekarang').click()
  dialog = dialogOf(page, 'Terbitkan sekarang')
  await dialog.getByRole('button', { name: 'Terbitkan', exact: true }).click()
  await expect(dialog.getByText('Catatan koreksi wajib diisi karena berita ini pernah terbit.')).toBeVisible()
  await dialog.getByLabel(/Catatan koreksi/).fill('Lokasi penanaman dibetulkan menjadi bantaran Sungai Code.')
  await shoot(page, 'h10a-dialog-publish-correction', { phone: false })
  await confirmDialog(page, dialog, 'Terbitkan')
  await expect(status(page)).toHaveText('Terbit')

  expect(prompts).toEqual([])
})
