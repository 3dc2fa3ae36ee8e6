import { pageNumber } from './pageNumber'

/** The search words of a `/cari` request: the first `q`, trimmed and capped at 100 characters. */
export const searchQueryOf = (q: string | string[] | null | undefined): string => (Array.isArray(q) ? q[0] : q)?.trim().slice(0, 100) ?? ''

/**
 * What a `/cari` request asks for, read the same way by the page (src/app/(frontend)/cari) and
 * the production server's search fast path (src/server/searchFastPath.ts).
 */
export const searchRequestOf = (params: { q?: string | string[] | null; halaman?: string | string[] | null }): { q: string; page: number } => ({
  q: searchQueryOf(params.q),
  page: pageNumber(params.halaman ?? undefined),
})
