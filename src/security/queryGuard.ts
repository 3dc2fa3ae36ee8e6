import type { CollectionBeforeOperationHook } from 'payload'

import { BadQueryError, NotFoundError } from './errors'
import { boundPaging, checkSort, checkWhere, QueryRefusal, type QueryRole } from './queryPolicy'

type QueryArgs = {
  id?: unknown
  where?: unknown
  sort?: unknown
  field?: unknown
  limit?: unknown
  page?: unknown
  depth?: unknown
  pagination?: unknown
}

const GUARDED = new Set(['read', 'count', 'countVersions', 'readDistinct', 'update', 'delete', 'restoreVersion'])

/** A REST id that the database cannot hold (`/api/news/abc` on SQLite's numeric ids) is a 404, not a query error. */
const isImpossibleId = (id: unknown, numericIds: boolean): boolean =>
  numericIds && id !== undefined && (typeof id === 'number' ? !Number.isSafeInteger(id) || id < 0 : !/^\d{1,15}$/.test(String(id)))

/**
 * Every REST and GraphQL query passes here (securityPlugin adds it to each collection): allow-listed
 * `where`/`sort` paths per role, bounded limit/depth/page, ids the database can hold. Server code
 * (the Local API, `payloadAPI === 'local'`) is trusted with its own queries.
 */
export const queryGuard: CollectionBeforeOperationHook = ({ args, collection, operation, overrideAccess, req }) => {
  // Server code inside an HTTP request (hooks, endpoints) queries with overrideAccess: its own queries.
  if (overrideAccess || (req.payloadAPI !== 'REST' && req.payloadAPI !== 'GraphQL')) return args
  if (!GUARDED.has(operation)) return args
  const role: QueryRole = req.user ? 'staff' : 'anonymous'
  const query = args as QueryArgs
  const numericIds = req.payload.db.defaultIDType === 'number' && req.payload.collections[collection.slug as 'news']?.customIDType !== 'text'
  if (isImpossibleId(query.id, numericIds)) throw new NotFoundError()
  try {
    checkWhere(collection.slug, query.where, role, true)
    checkSort(collection.slug, query.sort, role, true)
    if (typeof query.field === 'string') checkSort(collection.slug, query.field, role, true)
    return boundPaging(query, role) as typeof args
  } catch (error) {
    if (error instanceof QueryRefusal) throw new BadQueryError(error.message)
    throw error
  }
}
