import type { Payload } from 'payload'

import { checkChannelTokens } from './channelTokens'

const EVERY_MS = 60 * 60_000
let lastRun = 0

/**
 * Runs the token check at most hourly per process from the syndicate task, so tokens are renewed
 * even where the scheduled task is not picked up (a worker without schedule handling). Never
 * fails the syndication job.
 */
export async function maybeCheckChannelTokens(payload: Payload, now = Date.now()): Promise<void> {
  if (now - lastRun < EVERY_MS) return
  lastRun = now
  await checkChannelTokens(payload, { now }).catch((error: unknown) =>
    payload.logger.warn(`[syndication] token check failed: ${error instanceof Error ? error.message : String(error)}`),
  )
}
