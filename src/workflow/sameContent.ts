import { CONTENT_FIELDS } from '@/collections/News/contentFields'

const idOf = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : value

/** Compares content, ignoring population depth and array row ids (ids differ between versions). */
const normalise = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(normalise)
  if (typeof value === 'object' && value !== null) {
    if ('id' in value && Object.keys(value).length > 1 && 'createdAt' in value) return idOf(value)
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'id')
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, normalise(inner)]),
    )
  }
  return value ?? null
}

/** True when two versions of a news item carry the same content (CONTENT_FIELDS). */
export const sameContent = (a: Record<string, unknown>, b: Record<string, unknown>): boolean =>
  CONTENT_FIELDS.every((field) => JSON.stringify(normalise(a[field])) === JSON.stringify(normalise(b[field])))
