/**
 * Which fields a query may filter (`where`) and sort on, per role, and how large it may be.
 * Anonymous readers get an allow-list per collection (what the portal shows them anyway);
 * staff may use any field except authentication data, which nobody may query. Pure functions:
 * securityPlugin applies them to every REST and GraphQL operation.
 */

import { imageSizes } from '@/collections/Media/imageSizes'

export type QueryRole = 'anonymous' | 'staff'

export const LIMITS = {
  anonymous: { limit: 100, depth: 2 },
  staff: { limit: 500, depth: 4 },
  maxPage: 100_000,
  maxConditions: 50,
  maxNesting: 6,
  maxValueLength: 500,
  maxInValues: 100,
} as const

/** Authentication and session data: never a filter or sort, for anyone, at any depth of a path. */
export const SECRET_SEGMENTS = new Set([
  'hash',
  'salt',
  'password',
  'sessions',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'lockUntil',
  'loginAttempts',
  'apiKey',
  'apiKeyIndex',
  '_verificationToken',
  '_verified',
  'enableAPIKey',
])

/** Public fields per collection that an anonymous reader may filter and sort on. */
const ANONYMOUS_FIELDS: Record<string, readonly string[]> = {
  news: [
    'id',
    'slug',
    'title',
    'category',
    'category.slug',
    'category.name',
    'unit',
    'unit.slug',
    'unit.name',
    'tags',
    'visibility',
    'workflowState',
    'publishedAt',
    'firstPublishedAt',
    'createdAt',
    'updatedAt',
  ],
  categories: ['id', 'slug', 'name', 'createdAt', 'updatedAt'],
  units: ['id', 'slug', 'name', 'createdAt', 'updatedAt'],
  // The S3 storage adapter finds a file's document by any of its names (original or image size)
  // and its storage folder, inside an anonymous `/api/media/file/…` request.
  media: ['id', 'filename', 'mimeType', 'createdAt', 'updatedAt', 'prefix', ...imageSizes.map((size) => `sizes.${size.name}.filename`)],
}

/** Fields of a version document itself (the rest is under `version.`). */
const VERSION_META = new Set(['parent', 'latest', 'autosave', 'snapshot', 'publishedLocale'])

const OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'like',
  'not_like',
  'contains',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])

export class QueryRefusal extends Error {}

const refuse = (message: string): never => {
  throw new QueryRefusal(message)
}

/** `-title` → `title`, `version.title` → `title` (for versions), `authors.0.name` → `authors.name`. */
const normalisePath = (path: string, versions: boolean): string => {
  let clean = path.replace(/^-/, '')
  if (versions && clean.startsWith('version.')) clean = clean.slice('version.'.length)
  return clean
    .split('.')
    .filter((segment) => !/^\d+$/.test(segment))
    .join('.')
}

export const checkPath = (collection: string, path: string, role: QueryRole, versions = false): void => {
  if (typeof path !== 'string' || path.length === 0 || path.length > 200) refuse('Nama kolom dalam kueri tidak valid.')
  const clean = normalisePath(path, versions)
  if (clean.split('.').some((segment) => SECRET_SEGMENTS.has(segment))) {
    refuse(`Kolom "${clean}" tidak dapat dipakai untuk menyaring atau mengurutkan.`)
  }
  if (role === 'staff') return
  if (versions && VERSION_META.has(clean)) return
  const allowed = ANONYMOUS_FIELDS[collection] ?? ['id']
  if (!allowed.includes(clean)) refuse(`Kolom "${clean}" tidak dapat dipakai untuk menyaring atau mengurutkan.`)
}

const checkValue = (value: unknown): void => {
  if (typeof value === 'string' && value.length > LIMITS.maxValueLength) refuse('Nilai dalam kueri terlalu panjang.')
  if (Array.isArray(value)) {
    if (value.length > LIMITS.maxInValues) refuse('Terlalu banyak nilai dalam kueri.')
    value.forEach(checkValue)
  } else if (value !== null && typeof value === 'object') {
    refuse('Nilai dalam kueri tidak valid.')
  }
}

/** Walks a `where` tree: paths on the allow-list, known operators, bounded size and nesting. */
export const checkWhere = (collection: string, where: unknown, role: QueryRole, versions = false): void => {
  let conditions = 0
  const walk = (node: unknown, depth: number): void => {
    if (node === undefined || node === null) return
    if (typeof node !== 'object' || Array.isArray(node)) refuse('Format kueri `where` tidak valid.')
    if (depth > LIMITS.maxNesting) refuse('Kueri `where` terlalu bertingkat.')
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (key === 'and' || key === 'or') {
        if (!Array.isArray(value)) refuse('Format kueri `where` tidak valid.')
        ;(value as unknown[]).forEach((child) => walk(child, depth + 1))
        continue
      }
      checkPath(collection, key, role, versions)
      if (value === null || typeof value !== 'object' || Array.isArray(value)) refuse('Format kueri `where` tidak valid.')
      for (const [operator, operand] of Object.entries(value as Record<string, unknown>)) {
        if (!OPERATORS.has(operator)) refuse(`Operator "${operator}" tidak didukung.`)
        conditions += 1
        if (conditions > LIMITS.maxConditions) refuse('Kueri `where` terlalu banyak syarat.')
        checkValue(operand)
      }
    }
  }
  walk(where, 0)
}

export const checkSort = (collection: string, sort: unknown, role: QueryRole, versions = false): void => {
  if (sort === undefined || sort === null || sort === '') return
  const paths = typeof sort === 'string' ? sort.split(',') : Array.isArray(sort) ? sort : refuse('Format `sort` tidak valid.')
  if (paths.length > 5) refuse('Terlalu banyak kolom pengurutan.')
  for (const path of paths) checkPath(collection, String(path).trim(), role, versions)
}

type Paging = { limit?: unknown; page?: unknown; depth?: unknown; pagination?: unknown }

/** Caps limit and depth for the role; `pagination=false` (or limit 0 = all) only for staff. */
export const boundPaging = <T extends Paging>(args: T, role: QueryRole): T => {
  const caps = LIMITS[role]
  const next = { ...args }
  if (next.page !== undefined && next.page !== null) {
    const page = Number(next.page)
    if (!Number.isSafeInteger(page) || page < 1 || page > LIMITS.maxPage) refuse('Nomor halaman tidak valid.')
  }
  if (next.limit !== undefined && next.limit !== null) {
    const limit = Number(next.limit)
    if (!Number.isFinite(limit) || limit < 0) refuse('Batas jumlah data (`limit`) tidak valid.')
    if (limit === 0 && role === 'anonymous') next.limit = caps.limit
    else if (limit > caps.limit) next.limit = caps.limit
  }
  if (next.pagination === false && role === 'anonymous') {
    next.pagination = true
    next.limit = Math.min(Number(next.limit) || caps.limit, caps.limit)
  }
  if (next.depth !== undefined && next.depth !== null) {
    const depth = Number(next.depth)
    if (!Number.isFinite(depth) || depth < 0) refuse('Kedalaman (`depth`) tidak valid.')
    if (depth > caps.depth) next.depth = caps.depth
  }
  return next
}
