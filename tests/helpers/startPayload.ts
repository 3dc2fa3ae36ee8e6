import type { Payload } from 'payload'

import fs from 'node:fs'
import { getPayload } from 'payload'

import { freshDatabase, testDatabaseKind } from './testDatabase'

export type TestPayload = { payload: Payload; stop: () => Promise<void>; mediaDir: string }

/**
 * Boots Payload on its own throw-away database. The config reads the environment when imported,
 * so the variables are set first and the config is imported afterwards.
 */
export const startPayload = async (name: string): Promise<TestPayload> => {
  const { uri, mediaDir, dir } = freshDatabase(name)
  Object.assign(process.env, {
    DATABASE_URI: uri,
    MEDIA_DIR: mediaDir,
    PAYLOAD_SECRET: 'integration-test-secret-0123456789abcdef',
    JOBS_AUTORUN: 'false',
    MONGODB_SERVER_SELECTION_TIMEOUT_MS: '5000',
  })
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  return {
    payload,
    mediaDir,
    stop: async () => {
      if (testDatabaseKind === 'mongodb') await payload.db.dropDatabase?.({ adapter: payload.db } as never)
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
