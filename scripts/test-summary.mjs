// Adds up the Vitest and Playwright JSON reports into one closing line.
import fs from 'node:fs'

const read = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined)
let passed = 0
let failed = 0
let skipped = 0

const vitest = read('reports/vitest.json')
if (vitest) {
  passed += vitest.numPassedTests
  failed += vitest.numFailedTests
  skipped += vitest.numPendingTests + vitest.numTodoTests
  console.log(`vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed, ${vitest.numPendingTests} skipped`)
}
const playwright = read('reports/playwright.json')
if (playwright) {
  const { expected = 0, unexpected = 0, flaky = 0, skipped: pwSkipped = 0 } = playwright.stats ?? {}
  passed += expected + flaky
  failed += unexpected
  skipped += pwSkipped
  console.log(`playwright: ${expected + flaky} passed (${flaky} flaky), ${unexpected} failed, ${pwSkipped} skipped`)
}
if (!vitest || !playwright) {
  console.error('missing test report(s): reports/vitest.json and reports/playwright.json are written by npm test')
  process.exit(1)
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 ? 1 : 0)
