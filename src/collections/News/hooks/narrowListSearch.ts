import type { CollectionBeforeOperationHook, Where } from 'payload'

import { listSearchIds } from '@/search/listSearchIds'

/** Up to this many matches the list search becomes an id list; above, the plain query is fast anyway. */
export const SEARCH_NARROW_CAP = 1_000
/** Context flag that turns the hook off (tests compare against the plain query with it). */
const NARROWING = 'wartaNarrowingListSearch'

type Group = { or: Where[] }

/** The admin list's search box: `{ or: [{ title: { like } }, { lead: { like } }, …] }` with one term. */
const isSearchGroup = (where: unknown, fields: ReadonlySet<string>): where is Group => {
  if (!where || typeof where !== 'object' || !Array.isArray((where as Group).or)) return false
  const clauses = (where as Group).or
  const terms = new Set<unknown>()
  for (const clause of clauses) {
    const entries = Object.entries(clause)
    if (entries.length !== 1) return false
    const [field, condition] = entries[0]!
    if (!fields.has(field) || !condition || typeof condition !== 'object') return false
    const operators = Object.keys(condition)
    if (operators.length !== 1 || operators[0] !== 'like') return false
    terms.add((condition as { like: unknown }).like)
  }
  return clauses.length > 0 && terms.size === 1 && typeof [...terms][0] === 'string'
}

/** The search group at the top of `where` or directly inside its top-level `and`. */
const findSearchGroup = (where: unknown, fields: ReadonlySet<string>): Group | null => {
  if (isSearchGroup(where, fields)) return where
  const and = (where as { and?: unknown } | undefined)?.and
  return Array.isArray(and) ? ((and.find((part) => isSearchGroup(part, fields)) as Group | undefined) ?? null) : null
}

const replaceGroup = (where: Where, group: Group, replacement: Where): Where =>
  where === group ? replacement : { ...where, and: (where.and ?? []).map((part) => (part === group ? replacement : part)) }

/**
 * The list's search is `LIKE '%term%'` on several text fields, which no index can seek. Ordered
 * by date, a rare term made SQLite walk every latest version row (whole items) looking for ten
 * matches: ~130 ms at 50,000 items, plus as much again for the page count. This hook first finds
 * the matching ids with the same `like` conditions in one pass over a covering index
 * (`_news_v_latest_search_idx`, a few ms), then asks for `id in (…)`: the page and its count read
 * only those rows. Common terms (more than SEARCH_NARROW_CAP matches) keep the original query,
 * whose ordered walk finds a page at once. Access is untouched: the ids only narrow the caller's
 * own query, which still carries its access filter.
 */
export const narrowListSearch =
  (searchFields: readonly string[]): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'read' && operation !== 'count') return args
    if (req.context?.[NARROWING]) return args
    const a = args as { where?: Where; draft?: boolean }
    const group = findSearchGroup(a.where, new Set(searchFields))
    if (!a.where || !group) return args
    const term = Object.values(group.or[0]!)[0] as { like: string }
    const fields = group.or.map((clause) => Object.keys(clause)[0]!)
    const ids = await listSearchIds({ payload: req.payload, collection, fields, term: term.like, draft: Boolean(a.draft), limit: SEARCH_NARROW_CAP + 1 })
    if (ids.length > SEARCH_NARROW_CAP) return args
    return { ...args, where: replaceGroup(a.where, group, { id: { in: ids } }) }
  }
