import type { SyndicationItem } from '../types'

/** What the portal and its webhooks need; Indonesian problems. */
export function validatePortalItem(item: SyndicationItem): string[] {
  const problems: string[] = []
  if (!item.title.trim()) problems.push('Judul berita kosong.')
  if (!item.slug.trim()) problems.push('Slug berita kosong.')
  try {
    const url = new URL(item.canonicalUrl)
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      problems.push('Tautan berita (canonical URL) harus http(s).')
  } catch {
    problems.push(`Tautan berita (canonical URL) tidak valid: "${item.canonicalUrl}".`)
  }
  if (Number.isNaN(Date.parse(item.publishedAt))) problems.push('Tanggal terbit berita tidak valid.')
  return problems
}
