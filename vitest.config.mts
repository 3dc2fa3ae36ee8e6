import tsconfigPaths from 'vite-tsconfig-paths'
import { defineConfig } from 'vitest/config'

const integration = ['tests/int/**/*.int.spec.ts']
// Adapter suites talk to local fake platforms, not to a database: they run once.
const adapters = ['tests/int/syndication/**/*.int.spec.ts']
// Suites of real child processes whose timing breaks when the machine is saturated: `npm test`
// (WARTA_RUN_ALONE_LATER=1) leaves them out here and runs them on their own after Vitest.
const alone = ['tests/int/syndicationWorkerKill.int.spec.ts']
const later = process.env.WARTA_RUN_ALONE_LATER === '1' ? alone : []

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
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.spec.ts'] } },
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
