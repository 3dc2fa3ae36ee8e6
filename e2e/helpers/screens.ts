import type { Page } from '@playwright/test'

import AxeBuilder from '@axe-core/playwright'
import { expect } from '@playwright/test'
import fs from 'node:fs'

export const VIEWPORTS = [
  { name: '1366', width: 1366, height: 900 },
  { name: '390', width: 390, height: 844 },
] as const

/**
 * Screenshots of the current page at 1366×900 and 390×844 into reports/screens/<name>-<width>.png,
 * asserting no horizontal overflow at either width. Leaves the page at 1366×900.
 */
export const captureScreens = async (page: Page, name: string): Promise<void> => {
  fs.mkdirSync('reports/screens', { recursive: true })
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height })
    await page.waitForTimeout(300)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow, `${name} overflows horizontally at ${viewport.width} px`).toBeLessThanOrEqual(1)
    await page.screenshot({ path: `reports/screens/${name}-${viewport.name}.png`, fullPage: false })
  }
  await page.setViewportSize({ width: 1366, height: 900 })
}

/** axe-core on the current page: no serious or critical violations (the list is printed when there are). */
export const expectNoSeriousA11yViolations = async (page: Page, label: string): Promise<void> => {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
  const summary = serious.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)
  expect(summary, `${label}: axe serious/critical violations`).toEqual([])
}
