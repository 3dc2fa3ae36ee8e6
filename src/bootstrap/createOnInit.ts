import type { Payload } from 'payload'

import { ensureSearchIndex } from '@/search'

import { createAdminFromEnv } from './createAdminFromEnv'
import { keepPlannerStatsFresh } from './sqlitePlannerStats'

type Options = {
  adminEmail?: string
  adminPassword?: string
  demoPassword?: string
  seedDemo: boolean
  isProduction: boolean
}

/** Start-up work once Payload is connected (after pending migrations ran). */
export const createOnInit =
  ({ adminEmail, adminPassword, demoPassword, seedDemo }: Options) =>
  async (payload: Payload): Promise<void> => {
    // Before seeding: the index's triggers then see the seeded items too.
    await ensureSearchIndex(payload)
    if (seedDemo) {
      const { seedDemo: seed } = await import('@/seed/seedDemo')
      await seed(payload, { adminEmail, adminPassword, sharedPassword: demoPassword })
    } else if (adminEmail && adminPassword) {
      await createAdminFromEnv(payload, { email: adminEmail, password: adminPassword })
    }
    await keepPlannerStatsFresh(payload)
  }
