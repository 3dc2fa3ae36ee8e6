// Fails loudly (never skips) when no Chromium is available for the end-to-end tests.
import fs from 'node:fs'

const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
if (!fs.existsSync(candidate)) {
  console.error(
    `[warta] No Chromium found at ${candidate}: the end-to-end tests need a real browser.\n` +
      '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium',
  )
  process.exit(1)
}
