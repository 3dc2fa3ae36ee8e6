import type { TaskConfig } from 'payload'

import { maybeCheckChannelTokens } from '@/syndication/wiring/maybeCheckChannelTokens'
import { maybeRecoverStaleSyndications } from '@/syndication/wiring/recoverStaleSyndications'
import { runSyndicationJob } from '@/syndication/wiring/runSyndicationJob'
import { SYNDICATION_RETRY_BASE_MS } from '@/syndication/wiring/runtime'

/**
 * Sends one `syndications` record to its channel (design.md §5, docs/syndication.md §2). Queued
 * by the workflow (publish, correction, retraction), by itself (platform waits, Retry-After),
 * by the stale sweep and by the "Coba lagi" endpoint. Retryable errors without a server hint are
 * rethrown, so `retries` backs off exponentially; the record caps its own attempts.
 */
export const syndicateTask: TaskConfig<'syndicate'> = {
  slug: 'syndicate',
  label: 'Distribusikan berita ke kanal',
  retries: { attempts: 10, backoff: { type: 'exponential', delay: SYNDICATION_RETRY_BASE_MS } },
  inputSchema: [{ name: 'syndicationId', type: 'text', required: true }],
  outputSchema: [{ name: 'result', type: 'text' }],
  handler: async ({ input, req }) => {
    await maybeRecoverStaleSyndications(req.payload)
    await maybeCheckChannelTokens(req.payload)
    const result = await runSyndicationJob(req.payload, input.syndicationId, { req })
    return { output: { result } }
  },
}
