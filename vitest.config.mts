import fs from 'node:fs'
import path from 'node:path'
import tsconfigPaths from 'vite-tsconfig-paths'
import { defineConfig } from 'vitest/config'

const integration = ['tests/int/**/*.int.spec.ts']
// Adapter suites talk to local fake platforms, not to a database: they run once.
const adapters = ['tests/int/syndication/**/*.int.spec.ts']
// Suites of real child processes whose timing breaks when the machine is saturated: `npm test`
// (WARTA_RUN_ALONE_LATER=1) leaves them out here and runs them on their own after Vitest.
const alone = ['tests/int/syndicationWorkerKill.int.spec.ts']
const later = process.env.WARTA_RUN_ALONE_LATER === '1' ? alone : []
// Unit files that replace modules (vi.mock / vi.doMock) stay isolated, so no mock leaks into another file.
const unitMocking = fs
  .readdirSync('tests/unit', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.spec.ts'))
  .map((file) => path.join('tests/unit', file))
  .filter((file) => /\bvi\.(?:do)?[mM]ock\(/.test(fs.readFileSync(file, 'utf8')))

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    environment: 'node',
    setupFiles: ['./vitest.setup.ts'],
    // Two files at a time: most integration time is waiting (timers, leases, fake latency), and
    // every file has its own database, media folder and loopback ports.
    fileParallelism: true,
    maxWorkers: 2,
    hookTimeout: 120_000,
    testTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    projects: [
      // Unit files share their workers' module cache (isolate: false): loading the review assistant,
      // its dictionaries and Payload's UI once per worker instead of once per file took the unit
      // project from 190 s to 77 s on two cores. Files that mock modules keep their own.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.spec.ts'], exclude: unitMocking, isolate: false } },
      { extends: true, test: { name: 'unit-mocking', include: unitMocking } },
      { extends: true, test: { name: 'adapters', include: adapters } },
      { extends: true, test: { name: 'int-sqlite', include: integration, exclude: [...adapters, ...later], env: { WARTA_TEST_DB: 'sqlite' } } },
      // Same suite on MongoDB, only with TEST_MONGODB_URI. Without it the project is left out (loading
      // 28 files to skip every test cost ~50 s of CPU per run) and scripts/test-summary.mjs reports it
      // as skipped, naming the variable.
      ...(process.env.TEST_MONGODB_URI
        ? [{ extends: true, test: { name: 'int-mongodb', include: integration, exclude: [...adapters, ...later], env: { WARTA_TEST_DB: 'mongodb' } } }]
        : []),
    ],
  },
})
