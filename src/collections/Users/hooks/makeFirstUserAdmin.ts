import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '@/payload-types'

/** The first account of an empty installation administers it (create-first-user screen). */
export const makeFirstUserAdmin: CollectionBeforeChangeHook<User> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}
