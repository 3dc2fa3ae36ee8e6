const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const IGNORED = new Set(['updatedAt', 'createdAt', 'globalType', 'id'])

/** Dotted paths whose value differs between two documents: names only, never the values. */
export const changedPaths = (before: unknown, after: unknown, prefix = ''): string[] => {
  if (isPlainObject(before) || isPlainObject(after)) {
    const a = isPlainObject(before) ? before : {}
    const b = isPlainObject(after) ? after : {}
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => !IGNORED.has(key)).sort()
    return keys.flatMap((key) => changedPaths(a[key], b[key], prefix ? `${prefix}.${key}` : key))
  }
  return JSON.stringify(before ?? null) === JSON.stringify(after ?? null) ? [] : [prefix]
}
