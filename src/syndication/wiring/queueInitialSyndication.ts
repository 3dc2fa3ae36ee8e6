import type { Payload } from 'payload'

import type { News } from '@/payload-types'

import { applyFakePlatformSettings, fakePlatformsFromEnv } from './fakePlatforms'
import { queueSyndication } from './queueSyndication'

/**
 * After the demo seed (which skips syndication): point the channels at the fake platforms when
 * WARTA_FAKE_PLATFORMS is set, then queue syndication for every published item.
 */
export async function queueInitialSyndication(payload: Payload): Promise<number> {
  const fakes = fakePlatformsFromEnv()
  if (fakes) await applyFakePlatformSettings(payload, fakes)
  const { docs } = await payload.find({
    collection: 'news',
    where: { workflowState: { equals: 'published' } },
    limit: 500,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  let queued = 0
  for (const news of docs as News[]) {
    queued += (await queueSyndication({ payload, newsId: news.id, event: 'publish' })).length
  }
  payload.logger.info(`[syndication] queued ${queued} syndication record(s) for the seeded items`)
  return queued
}
