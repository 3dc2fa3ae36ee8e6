export interface BackoffOptions {
  /** 0 for the first retry. */
  attempt: number
  /** Delay for attempt 0 before jitter. Default 1 s (Google's 2^n s schedule). */
  baseMs?: number
  /** Cap for the exponential part. Default 64 s. */
  maxMs?: number
  /** Uniform random extra in [0, jitterMs). Default 1 s. */
  jitterMs?: number
  /**
   * Server hint: a Retry-After header value (seconds or HTTP date) or milliseconds as a number.
   * When present it is a floor: we never retry earlier than the server asked.
   */
  retryAfter?: string | number | null
  /** Injectable for tests. */
  random?: () => number
  now?: () => number
}

/**
 * Truncated exponential backoff with jitter (platform-apis.md §4.1):
 * `min(base·2^n, max) + random(0..jitter)`, never less than Retry-After.
 */
export function backoff(options: BackoffOptions): number {
  const { attempt, baseMs = 1000, maxMs = 64_000, jitterMs = 1000 } = options
  const random = options.random ?? Math.random
  const exp = Math.min(baseMs * 2 ** Math.max(0, Math.min(attempt, 30)), maxMs)
  const delay = Math.round(exp + random() * jitterMs)
  const hinted = retryAfterToMs(options.retryAfter, options.now ?? Date.now)
  return hinted === undefined ? delay : Math.max(delay, hinted)
}

function retryAfterToMs(value: string | number | null | undefined, now: () => number): number | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined
  const trimmed = value.trim()
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000)
  const at = Date.parse(trimmed)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now())
}
