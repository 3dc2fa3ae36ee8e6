/** `<link rel="alternate">` feed discovery for Next metadata (`alternates.types`). */
export const feedAlternates = (title: string, path = '') => ({
  'application/rss+xml': [{ url: `${path}/feed.xml`, title: `${title} (RSS)` }],
  'application/atom+xml': [{ url: `${path}/atom.xml`, title: `${title} (Atom)` }],
  'application/feed+json': [{ url: `${path}/feed.json`, title: `${title} (JSON Feed)` }],
})
