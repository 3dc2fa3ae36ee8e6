import config from '@payload-config'
import { getPayload } from 'payload'

/** Connects Payload at server start; a configuration error stops the process with one line. */
export const bootPayload = async (): Promise<void> => {
  try {
    await getPayload({ config })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    console.error(`[warta] cannot start: ${message}`)
    process.exit(1)
  }
}
