import type { ChannelId } from '../types'

/**
 * Job-runner knobs from the environment (style.md §3: only src/syndication reads env here).
 * Defaults suit production; tests and the demo shorten them.
 */
export const syndicationRuntime = (env: NodeJS.ProcessEnv = process.env) => ({
  /** How long a claimed record belongs to its worker without a checkpoint; after it, a sweep re-queues it. */
  leaseMs: Number(env.WARTA_SYNDICATION_LEASE_MS) || 5 * 60_000,
  /** Cap on wait/Retry-After delays (test/demo knob; unset in production). */
  maxDelayMs: Number(env.WARTA_SYNDICATION_MAX_DELAY_MS) || Number.POSITIVE_INFINITY,
  /** Retryable failures before a record is marked failed (manual "Coba lagi" then). */
  maxAttempts: Number(env.WARTA_SYNDICATION_MAX_ATTEMPTS) || 8,
})

/** Base delay of the task's exponential retry backoff (read once, when the task config loads). */
export const SYNDICATION_RETRY_BASE_MS = Number(process.env.WARTA_SYNDICATION_RETRY_BASE_MS) || 2_000

/** Jobs per channel running at once in one process, unless the channels global says otherwise. */
export const DEFAULT_CONCURRENCY: Record<ChannelId, number> = { portal: 8, instagram: 4, youtube: 4 }
