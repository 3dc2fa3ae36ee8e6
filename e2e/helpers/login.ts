import type { Page } from '@playwright/test'

import { expect } from '@playwright/test'

import { E2E_PASSWORD } from './accounts'

/** Logs in through the admin's own form, as a person would. */
export const login = async (page: Page, email: string, password = E2E_PASSWORD): Promise<void> => {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}
