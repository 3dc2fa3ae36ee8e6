import type { News } from '@/payload-types'

import { NewsCard } from './NewsCard'

type Props = { items: News[]; headingLevel?: 2 | 3; empty?: string; basePath?: (slug: string) => string; showImages?: boolean }

export function NewsList({ items, headingLevel = 2, empty = 'Belum ada berita.', basePath, showImages = true }: Props) {
  if (items.length === 0) return <p>{empty}</p>
  return (
    <ul className="news-list">
      {items.map((item) => (
        <li key={item.id}>
          <NewsCard item={item} headingLevel={headingLevel} basePath={basePath} showImage={showImages} />
        </li>
      ))}
    </ul>
  )
}
