import tsconfigPaths from 'vite-tsconfig-paths'
import { defineConfig } from 'vitest/config'

// `npm run test:fleet`: processes, not modules — one file, one fork, long timeouts.
export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    name: 'fleet',
    environment: 'node',
    include: ['tests/fleet/**/*.spec.ts'],
    fileParallelism: false,
    hookTimeout: 300_000,
    testTimeout: 180_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest-fleet.json' },
  },
})
