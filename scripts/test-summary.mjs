// Adds up the reports `npm test` writes (Vitest, Playwright journeys, security suite, fleet suite)
// into one closing line; fails when a report is missing or anything failed.
import fs from 'node:fs'

const read = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined)
let passed = 0
let failed = 0
let skipped = 0
const missing = []

const vitestReport = (name, file, required = true) => {
  const report = read(file)
  if (!report) return required && missing.push(file)
  passed += report.numPassedTests
  failed += report.numFailedTests
  skipped += report.numPendingTests + report.numTodoTests
  console.log(`${name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`)
}
const playwrightReport = (name, file, required = true) => {
  const report = read(file)
  if (!report) return required && missing.push(file)
  const { expected = 0, unexpected = 0, flaky = 0, skipped: pwSkipped = 0 } = report.stats ?? {}
  passed += expected + flaky
  failed += unexpected
  skipped += pwSkipped
  console.log(`${name}: ${expected + flaky} passed (${flaky} flaky), ${unexpected} failed, ${pwSkipped} skipped`)
}

vitestReport('vitest', 'reports/vitest.json')
if (!process.env.TEST_MONGODB_URI) {
  const files = fs.readdirSync('tests/int').filter((name) => name.endsWith('.int.spec.ts')).length
  console.log(`vitest int-mongodb: SKIPPED, TEST_MONGODB_URI is not set (${files} integration files not run against MongoDB)`)
}
vitestReport('vitest (child-process suites, alone)', 'reports/vitest-alone.json')
playwrightReport('playwright', 'reports/playwright.json')
playwrightReport('security', 'reports/security-playwright.json')
vitestReport('fleet', 'reports/vitest-fleet.json')
const security = read('reports/security.json')
if (security) {
  console.log(
    `security cases: ${security.tried} hostile cases tried, ${security.refused} refused, ${security.leaks.length} leaking answers, server ${security.serverUp ? 'up' : 'DOWN'}`,
  )
  if (!security.serverUp || security.leaks.length > 0 || security.refused < security.tried) failed += 1
} else missing.push('reports/security.json')

if (missing.length > 0) {
  console.error(`missing test report(s): ${missing.join(', ')} (written by npm test)`)
  process.exit(1)
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 ? 1 : 0)
