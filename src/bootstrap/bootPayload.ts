import config from '@payload-config'
import { getPayload } from 'payload'

import { runOutsideRequest } from '@/data/requestFreeContext'

/** Connects Payload at server start; a configuration error stops the process with one line. */
export const bootPayload = async (): Promise<void> => {
  try {
    // `cron: true` starts the job cron here, outside any request: left to Payload, the first admin
    // or API request would start it and every job would run inside that request's context.
    await runOutsideRequest(() => getPayload({ config, cron: true }))
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    console.error(`[warta] cannot start: ${message}`)
    process.exit(1)
  }
}
