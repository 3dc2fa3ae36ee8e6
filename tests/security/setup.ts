import fs from 'node:fs'

import { CASES_FILE } from './harness'

/** A fresh case log for this run (report.ts turns it into reports/security.json). */
export default function setup(): void {
  fs.rmSync(CASES_FILE, { force: true })
}
