import Link from 'next/link'

import type { SearchResult } from '@/data/portalQueries'
import type { Category, Unit } from '@/payload-types'
import type { Segment } from '@/search'

import { portalPaths } from '@/data/articleUrl'
import { formatDateTime } from '@/utilities/formatDateTime'

/** Text with the matched words in <mark> (segments, never HTML from the database). */
const Marked = ({ segments }: { segments: Segment[] }) => (
  <>{segments.map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : segment.text))}</>
)

/** Search hits, best first: linked title and a passage with the matched words marked. */
export function SearchResults({ items }: { items: SearchResult[] }) {
  return (
    <ol className="news-list search-results">
      {items.map((item) => {
        const unit = typeof item.unit === 'object' ? (item.unit as Unit) : null
        const category = typeof item.category === 'object' && item.category ? (item.category as Category) : null
        const date = item.firstPublishedAt ?? item.publishedAt
        return (
          <li key={item.id}>
            <article className="news-card">
              <div>
                <h2 className="news-card__title">
                  <Link href={portalPaths.article(item.slug ?? '')}>
                    <Marked segments={item.highlight.title} />
                  </Link>
                </h2>
                <p className="meta">
                  {date ? <time dateTime={date}>{formatDateTime(date)}</time> : null}
                  {unit ? <> · {unit.shortName}</> : null}
                  {category ? <> · {category.name}</> : null}
                </p>
                <p className="news-card__lead">
                  <Marked segments={item.highlight.snippet} />
                </p>
              </div>
            </article>
          </li>
        )
      })}
    </ol>
  )
}
