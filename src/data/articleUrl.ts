/** Portal paths, one place: pages, feeds, sitemaps and the admin preview agree on them. */
export const portalPaths = {
  article: (slug: string) => `/berita/${encodeURIComponent(slug)}`,
  category: (slug: string) => `/kategori/${encodeURIComponent(slug)}`,
  unit: (slug: string) => `/opd/${encodeURIComponent(slug)}`,
  search: (q: string, page = 1) => `/cari?q=${encodeURIComponent(q)}${page > 1 ? `&halaman=${page}` : ''}`,
  retracted: (slug: string) => `/dicabut/${encodeURIComponent(slug)}`,
}
