/** A 1-based page number from a query parameter; anything odd becomes 1, capped at 1,000. */
export const pageNumber = (value: string | string[] | undefined): number => {
  const n = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 1000) : 1
}

/** A page past the last one (page 1 of an empty list is not: it says "belum ada berita"). */
export const pageOutOfRange = (page: number, totalPages: number): boolean => page > 1 && page > totalPages
