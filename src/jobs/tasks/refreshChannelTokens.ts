import type { TaskConfig } from 'payload'

import { checkChannelTokens } from '@/syndication/wiring/channelTokens'

/**
 * Renews long-lived Instagram tokens well before they expire and warns admins about tokens
 * that cannot be renewed (docs/syndication.md §Token). Scheduled every 6 hours (handled by the
 * job cron); the syndicate task also runs it at most hourly, so a worker-only setup is covered.
 */
export const refreshChannelTokensTask: TaskConfig<'refreshChannelTokens'> = {
  slug: 'refreshChannelTokens',
  label: 'Perbarui token kanal distribusi',
  schedule: [{ cron: '0 17 */6 * * *', queue: 'default' }],
  retries: { attempts: 2, backoff: { type: 'exponential', delay: 60_000 } },
  outputSchema: [{ name: 'result', type: 'json' }],
  handler: async ({ req }) => ({ output: { result: await checkChannelTokens(req.payload) } }),
}
