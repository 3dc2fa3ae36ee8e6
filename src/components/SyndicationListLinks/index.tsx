import type { ServerProps } from 'payload'

const FILTERS: { label: string; query: string }[] = [
  { label: 'Semua', query: '' },
  { label: 'Gagal', query: 'where[state][equals]=failed' },
  { label: 'Perlu tindakan manual', query: 'where[needsManualAction][equals]=true' },
  { label: 'Dalam antrean / berjalan', query: 'where[state][in][0]=queued&where[state][in][1]=running' },
  { label: 'Berhasil', query: 'where[state][equals]=succeeded' },
  { label: 'Portal', query: 'where[channel][equals]=portal' },
  { label: 'Instagram', query: 'where[channel][equals]=instagram' },
  { label: 'YouTube', query: 'where[channel][equals]=youtube' },
]

/** Filter shortcuts above the syndication records list (state and channel). */
export const SyndicationListLinks = ({ user }: ServerProps) => {
  if (!user) return null
  return (
    <nav aria-label="Saring distribusi" style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', marginBottom: '1rem' }}>
      {FILTERS.map(({ label, query }) => (
        <a href={`/admin/collections/syndications?${query}${query ? '&' : ''}sort=-updatedAt`} key={label}>
          {label}
        </a>
      ))}
    </nav>
  )
}
