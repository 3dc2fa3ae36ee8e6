/** A 1-based page number from a query parameter; anything odd becomes 1, capped at 1,000. */
export const pageNumber = (value: string | string[] | undefined): number => {
  const n = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 1000) : 1
}
