import type { Payload } from 'payload'

/** Production bootstrap: on an empty database, ADMIN_EMAIL/ADMIN_PASSWORD become the first admin. */
export const createAdminFromEnv = async (
  payload: Payload,
  { email, password }: { email: string; password: string },
): Promise<boolean> => {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return false
  await payload.create({
    collection: 'users',
    data: { email, password, name: 'Administrator', roles: ['admin'] },
    overrideAccess: true,
  })
  payload.logger.info(`[warta] created the first admin account ${email} from ADMIN_EMAIL`)
  return true
}
