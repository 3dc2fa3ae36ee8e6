export interface QuickFilter {
  id: string
  label: string
  /** Query string of the list address, without "?" ('' for the unfiltered list). */
  query: string
}

type Params = Record<string, string | string[] | undefined | unknown>

/** Only the filter part matters for "which one is on": Payload adds page/limit/sort itself. */
const whereEntries = (entries: [string, string][]): string =>
  entries
    .filter(([key]) => key.startsWith('where'))
    .map(([key, value]) => `${key}=${value}`)
    .sort()
    .join('&')

/** Flattens Next's parsed search params (nested objects for `where[a][b]=c`) back to bracket keys. */
const flatten = (value: unknown, prefix: string, out: [string, string][]): void => {
  if (value === undefined || value === null) return
  if (typeof value === 'object') {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) flatten(child, prefix ? `${prefix}[${key}]` : key, out)
    return
  }
  out.push([prefix, String(value)])
}

/** The quick filter whose `where` matches the current list address; undefined for a custom filter. */
export const activeQuickFilter = (filters: readonly QuickFilter[], searchParams: Params): string | undefined => {
  const current: [string, string][] = []
  for (const [key, value] of Object.entries(searchParams)) {
    if (Array.isArray(value)) value.forEach((item, index) => flatten(item, `${key}[${index}]`, current))
    else flatten(value, key, current)
  }
  const currentWhere = whereEntries(current)
  return filters.find((filter) => whereEntries([...new URLSearchParams(filter.query).entries()]) === currentWhere)?.id
}
