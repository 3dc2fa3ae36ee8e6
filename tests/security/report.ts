// Global teardown of the security suite: reports/security.json with how many hostile cases were
// tried and refused, what leaked (answers and the server log), and whether the server is still up.
// Throws (failing the run) when the server is down or its log holds a secret.
import type { FullConfig } from '@playwright/test'

import fs from 'node:fs'
import path from 'node:path'

import { CASES_FILE, E2E_PASSWORD, knownSecrets } from './harness'

type CaseRecord = { spec: string; kind: string; name: string; refused: boolean; leaks: string[]; status?: number; dependsOn?: string }

/**
 * Secrets a log must never hold: the known values plus any JWT or password hash. The demo
 * password is left out: demo mode prints the demo accounts' credentials on purpose (src/seed).
 */
const scanLog = (text: string): string[] => {
  const found = knownSecrets()
    .filter((secret) => secret !== E2E_PASSWORD)
    .filter((secret) => text.includes(secret))
    .map((secret) => `secret value …${secret.slice(-4)}`)
  if (/eyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]{10,}/.test(text)) found.push('a JWT')
  if (/\b[a-f0-9]{512}\b/.test(text)) found.push('a password hash')
  return found
}

export default async function report(config: FullConfig): Promise<void> {
  const baseURL = (config.projects[0]?.use.baseURL as string | undefined) ?? process.env.SECURITY_BASE_URL ?? 'http://localhost:3260'
  const cases: CaseRecord[] = fs.existsSync(CASES_FILE)
    ? fs.readFileSync(CASES_FILE, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as CaseRecord)
    : []
  let serverUp = false
  try {
    serverUp = (await fetch(`${baseURL}/api/users/me`, { signal: AbortSignal.timeout(10_000) })).ok
  } catch {
    serverUp = false
  }
  const logFile = process.env.SECURITY_SERVER_LOG || (process.env.SECURITY_BASE_URL ? '' : 'reports/security-server.log')
  const log = logFile && fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : null
  const logLeaks = log === null ? [] : scanLog(log)
  const byKind: Record<string, { tried: number; refused: number }> = {}
  for (const entry of cases) {
    const kind = (byKind[entry.kind] ??= { tried: 0, refused: 0 })
    kind.tried += 1
    if (entry.refused) kind.refused += 1
  }
  const summary = {
    generatedAt: new Date().toISOString(),
    baseURL,
    tried: cases.length,
    refused: cases.filter((entry) => entry.refused).length,
    notRefused: cases.filter((entry) => !entry.refused).map(({ spec, kind, name, status }) => ({ spec, kind, name, status })),
    leaks: cases.filter((entry) => entry.leaks.length > 0).map(({ name, leaks }) => ({ name, leaks })),
    serverLog: log === null ? 'not scanned (no log file; set SECURITY_SERVER_LOG)' : { bytes: log.length, leaks: logLeaks },
    serverUp,
    byKind,
    bySpec: Object.fromEntries(
      [...new Set(cases.map((entry) => entry.spec))].map((spec) => {
        const own = cases.filter((entry) => entry.spec === spec)
        return [spec, { tried: own.length, refused: own.filter((entry) => entry.refused).length }]
      }),
    ),
  }
  fs.mkdirSync('reports', { recursive: true })
  fs.writeFileSync(path.resolve('reports/security.json'), `${JSON.stringify(summary, null, 2)}\n`)
  console.log(
    `[security] ${summary.tried} hostile cases tried, ${summary.refused} refused, ${summary.leaks.length} leaking answers, ` +
      `server log ${log === null ? 'not scanned' : `${logLeaks.length} leaks`}, server ${serverUp ? 'up' : 'DOWN'} → reports/security.json`,
  )
  // The answers' own leaks already fail their tests; the log and the server's health are judged here.
  if (!serverUp) throw new Error('[security] the server is down after the suite')
  if (logLeaks.length > 0) throw new Error(`[security] the server log holds secrets: ${logLeaks.join(', ')}`)
}
