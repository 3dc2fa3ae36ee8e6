import type { CollectionBeforeOperationHook, Where } from 'payload'

import { Forbidden } from 'payload'

/** Staff-only data: anonymous readers may neither read nor filter or sort on it. */
const HIDDEN_ROOTS = new Set([
  'checklist',
  'reviewFindings',
  'reviewAcknowledgements',
  'approval',
  'channels',
  'lastContentEditBy',
  'lastContentEditAt',
  'publishAt',
])
const HIDDEN_PATHS = new Set(['corrections.versionId', 'retraction.retractedBy'])

const isHidden = (path: string): boolean => {
  const clean = path.replace(/^-/, '').replace(/^version\./, '')
  return HIDDEN_ROOTS.has(clean.split('.')[0] ?? '') || [...HIDDEN_PATHS].some((hidden) => clean.startsWith(hidden))
}

const wherePaths = (where: unknown): string[] => {
  if (!where || typeof where !== 'object') return []
  return Object.entries(where as Where).flatMap(([key, value]) =>
    key === 'and' || key === 'or' ? (Array.isArray(value) ? value.flatMap(wherePaths) : []) : [key],
  )
}

const sortPaths = (sort: unknown): string[] =>
  typeof sort === 'string' ? sort.split(',') : Array.isArray(sort) ? sort.map(String) : []

/**
 * Anonymous `where` filters and sorts on hidden fields would leak them through the result set or
 * its order; such queries are refused (403) rather than answered.
 */
export const rejectHiddenFieldQueries: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (overrideAccess || req.user) return args
  if (operation !== 'read' && operation !== 'count' && operation !== 'readDistinct') return args
  const a = args as { where?: unknown; sort?: unknown; field?: unknown }
  const paths = [...wherePaths(a.where), ...sortPaths(a.sort), ...(typeof a.field === 'string' ? [a.field] : [])]
  if (paths.some(isHidden)) throw new Forbidden(req.t)
  return args
}
