import { CONTENT_FIELDS, NOT_CONTENT_PATHS } from '@/collections/News/contentFields'

type Plain = Record<string, unknown>

const isPlainObject = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A populated relationship (a document) compares as its id; array rows and groups by value. */
const isDocument = (value: Plain): boolean => 'id' in value && 'createdAt' in value && 'updatedAt' in value

/**
 * Canonical form of a content value: populated documents become their id, array rows lose their
 * row `id` (ids change between versions and may be reused for new values), keys are sorted, and
 * empty values (undefined, null, '', []) are one value, equal to a missing key. Ids are compared as strings.
 */
export const normaliseContent = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(normaliseContent)
  if (isPlainObject(value)) {
    if (isDocument(value)) return String(value.id)
    // An empty sub-field and a missing one are the same content.
    return Object.fromEntries(
      Object.keys(value)
        .filter((key) => key !== 'id')
        .sort()
        .map((key) => [key, normaliseContent(value[key])])
        .filter(([, inner]) => inner !== null),
    )
  }
  if (value === undefined || value === '') return null
  return typeof value === 'number' ? String(value) : value
}

const withoutReviewChoices = (field: string, value: unknown): unknown => {
  const paths = NOT_CONTENT_PATHS.filter((path) => path.startsWith(`${field}.`)).map((path) => path.split('.').slice(1))
  if (paths.length === 0 || !isPlainObject(value)) return value
  const copy = structuredClone(value)
  for (const path of paths) {
    let node: unknown = copy
    for (const key of path.slice(0, -1)) node = isPlainObject(node) ? node[key] : undefined
    if (isPlainObject(node)) delete node[path.at(-1)!]
  }
  return copy
}

const canonical = (field: string, value: unknown): string => JSON.stringify(normaliseContent(withoutReviewChoices(field, value)) ?? null)

/**
 * Whether `incoming` changes a content field of `current`. With `partial`, only what `incoming`
 * names counts (a PATCH sends some fields, and groups may be sent partially); arrays, rich text
 * nodes and leaves are compared whole, by value.
 */
const differs = (incoming: unknown, current: unknown, partial: boolean): boolean => {
  if (partial && isPlainObject(incoming) && !isDocument(incoming) && (isPlainObject(current) || current == null)) {
    const base = isPlainObject(current) ? current : {}
    return Object.keys(incoming).some((key) => incoming[key] !== undefined && differs(incoming[key], base[key], partial))
  }
  return JSON.stringify(normaliseContent(incoming) ?? null) !== JSON.stringify(normaliseContent(current) ?? null)
}

/** Content fields (CONTENT_FIELDS) that `data` (an update's incoming data) changes in `current`. */
export const changedContentFields = (data: Plain, current: Plain | null | undefined): string[] =>
  CONTENT_FIELDS.filter(
    (field) =>
      field in data &&
      data[field] !== undefined &&
      differs(withoutReviewChoices(field, data[field]), withoutReviewChoices(field, current?.[field]), true),
  )

/** True when two versions of a news item carry the same content (CONTENT_FIELDS, by value). */
export const sameContent = (a: Plain, b: Plain): boolean =>
  CONTENT_FIELDS.every((field) => canonical(field, a[field]) === canonical(field, b[field]))
