import type { Paginated, SearchResult } from '@/data/portalQueries'

import { Pagination } from '@/components/PortalNews/Pagination'
import { portalPaths } from '@/data/articleUrl'

import { SearchResults } from './SearchResults'

/** The heading and markup the server's fast path replaces in the page shell (src/server/searchPageShell.ts). */
export const SEARCH_SECTION_OPEN = '<section aria-labelledby="judul-cari">'

/**
 * The search page's content: form, count and hits. Rendered by the page inside Next.js and, for
 * ordinary visits, by the production server's fast path into the same layout (no client code in
 * here: the fast path renders it with react-dom/server, outside Next's pipeline).
 */
export function SearchSection({ q, result }: { q: string; result: Paginated<SearchResult> | null }) {
  return (
    <section aria-labelledby="judul-cari">
      <h1 id="judul-cari">Pencarian</h1>
      <form role="search" action="/cari" method="get" className="search-page-form">
        <label htmlFor="cari-halaman">Kata kunci</label>
        <input id="cari-halaman" name="q" type="search" defaultValue={q} />
        <button type="submit">Cari</button>
      </form>
      {result ? (
        <>
          <p role="status">
            {result.totalDocs === 0 ? `Tidak ada berita yang cocok dengan “${q}”.` : `${result.totalDocs} berita cocok dengan “${q}”.`}
          </p>
          <SearchResults items={result.docs} />
          <Pagination page={result.page} totalPages={result.totalPages} href={(p) => portalPaths.search(q, p)} />
        </>
      ) : null}
    </section>
  )
}
