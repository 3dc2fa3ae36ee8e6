import type { GraphUsage } from './types'

/**
 * Reads X-App-Usage and X-Business-Use-Case-Usage (platform-apis.md §1.5). Absent headers mean
 * "unknown", not 0 %. `estimated_time_to_regain_access` is in minutes.
 */
export function parseUsageHeaders(headers: Headers): GraphUsage {
  const percents: number[] = []
  let regainMinutes: number | undefined
  const app = parseJson(headers.get('x-app-usage'))
  if (isRecord(app)) collectPercents(app, percents)
  const buc = parseJson(headers.get('x-business-use-case-usage'))
  if (isRecord(buc)) {
    for (const entries of Object.values(buc)) {
      if (!Array.isArray(entries)) continue
      for (const entry of entries) {
        if (!isRecord(entry)) continue
        collectPercents(entry, percents)
        const regain = Number(entry.estimated_time_to_regain_access)
        if (Number.isFinite(regain) && regain > 0) regainMinutes = Math.max(regainMinutes ?? 0, regain)
      }
    }
  }
  return {
    maxPercent: percents.length ? Math.max(...percents) : undefined,
    regainAccessMs: regainMinutes === undefined ? undefined : regainMinutes * 60_000,
  }
}

function collectPercents(entry: Record<string, unknown>, into: number[]) {
  for (const key of ['call_count', 'total_cputime', 'total_time']) {
    const value = Number(entry[key])
    if (Number.isFinite(value)) into.push(value)
  }
}

function parseJson(value: string | null): unknown {
  if (!value) return undefined
  try {
    return JSON.parse(value)
  } catch {
    return undefined
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
