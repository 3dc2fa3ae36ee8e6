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
  // Relationship cells fetch their titles after the list renders: look at the loaded screen, and
  // fail when a cell never finishes loading.
  await expect(page.getByText(/^Memuat\.\.\.$/)).toHaveCount(0, { timeout: 15_000 })
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
/**
 * Payload's stock admin widgets (react-select inputs, upload cards, doc tabs, the dashboard's layout
 * switcher, Lexical's content-editable) carry axe findings we cannot fix from Warta's code; they are
 * excluded here and listed in docs/admin.md. Everything Warta renders (login, dashboard, quick
 * filters, workflow/review/distribution panels, dialogs, version history) is checked.
 */
const PAYLOAD_STOCK_WIDGETS = [
  '.dashboard-breadcrumb-select',
  '.react-select',
  '.rs__control',
  '.upload--has-many',
  '.upload--has-one',
  '.upload-relationship-details',
  '.doc-controls__popup',
  '.doc-tabs__tabs',
  '.tabs-field__tabs',
  '.ContentEditable__root',
  '.collapsible__drag',
  '.field-description-lead',
  // List view: the select-all/select-row checkboxes (unlabelled inputs) and the "create new" pill.
  '.select-all',
  '.select-row',
  '.list-create-new-doc__create-new-button',
  // List pagination: the previous/next arrows are icon-only buttons without a name.
  '.clickable-arrow',
  // Edit view: date pickers (react-datepicker's unlabelled inputs, icon-only clear button),
  // the clipboard popup and array row actions (icon-only buttons).
  '.date-time-picker',
  '.clipboard-action__popup',
  '.array-actions__button',
]

export const expectNoSeriousA11yViolations = async (page: Page, label: string): Promise<void> => {
  let builder = new AxeBuilder({ page })
  for (const selector of PAYLOAD_STOCK_WIDGETS) builder = builder.exclude(selector)
  const results = await builder.analyze()
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
  const summary = serious.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)
  expect(summary, `${label}: axe serious/critical violations`).toEqual([])
}
