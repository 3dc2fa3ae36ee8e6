import config from '@payload-config'
import { getPayload } from 'payload'

import { registerArchiveSearch } from '@/data/archiveSearchRegistry'
import { portalQueries } from '@/data/portalQueries'
import { runOutsideRequest } from '@/data/requestFreeContext'
import { expectRetractedSlugs } from '@/data/retractionRegistry'
import { registerShutdownHook } from '@/server/shutdownRegistry'

import { loadKnownArticles } from './loadKnownArticles'
import { loadRetractions } from './loadRetractions'
import { stopJobCrons } from './stopJobCrons'

/** Connects Payload at server start; a configuration error stops the process with one line. */
export const bootPayload = async (): Promise<void> => {
  // Article requests arriving during boot wait for the retraction list instead of guessing.
  expectRetractedSlugs()
  try {
    // `cron: true` starts the job cron here, outside any request: left to Payload, the first admin
    // or API request would start it and every job would run inside that request's context.
    const payload = await runOutsideRequest(() => getPayload({ config, cron: true }))
    registerShutdownHook(() => stopJobCrons(payload))
    // The production server's search fast path queries through this instance (src/server/searchFastPath.ts).
    registerArchiveSearch((q, page) => portalQueries.search(payload, q, page))
    await loadRetractions(payload).catch((error: unknown) => {
      expectRetractedSlugs(false)
      payload.logger.error({ err: error, msg: '[portal] cannot load retracted slugs; the proxy falls back to polling' })
    })
    // Only a cache optimisation (unknown slugs are served uncached): a failure is worth a warning.
    await loadKnownArticles(payload).catch((error: unknown) => {
      payload.logger.warn({ err: error, msg: '[portal] cannot load published slugs; their first requests are served uncached' })
    })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    console.error(`[warta] cannot start: ${message}`)
    process.exit(1)
  }
}
