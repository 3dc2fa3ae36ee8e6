import Image from 'next/image'
import Link from 'next/link'

import type { Category, News, Unit } from '@/payload-types'

import { portalPaths } from '@/data/articleUrl'
import { asMedia, mediaSize } from '@/data/media'
import { formatDateTime } from '@/utilities/formatDateTime'

type Props = { item: News; headingLevel?: 2 | 3; showImage?: boolean; basePath?: (slug: string) => string }

/** One item in a list: linked title, date, OPD/category and lead. */
export function NewsCard({ item, headingLevel = 2, showImage = true, basePath = portalPaths.article }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const unit = typeof item.unit === 'object' ? (item.unit as Unit) : null
  const category = typeof item.category === 'object' && item.category ? (item.category as Category) : null
  const cover = showImage ? asMedia(item.coverImage) : null
  const image = cover ? mediaSize(cover, 'thumbnail') : null
  // Lists date an item by its first publication; a later (corrected) publication shows as "diperbarui".
  const date = item.firstPublishedAt ?? item.publishedAt
  const updated = item.firstPublishedAt && item.publishedAt && item.publishedAt !== item.firstPublishedAt ? item.publishedAt : null
  return (
    <article className="news-card">
      {image?.src ? (
        <Image className="news-card__image" src={image.src} width={image.width} height={image.height} alt="" sizes="(max-width: 40rem) 100vw, 12rem" />
      ) : null}
      <div>
        <Heading className="news-card__title">
          <Link href={basePath(item.slug ?? '')}>{item.title}</Link>
        </Heading>
        <p className="meta">
          {date ? <time dateTime={date}>{formatDateTime(date)}</time> : null}
          {updated ? (
            <>
              {' '}
              (diperbarui <time dateTime={updated}>{formatDateTime(updated)}</time>)
            </>
          ) : null}
          {unit ? <> · {unit.shortName}</> : null}
          {category ? <> · {category.name}</> : null}
        </p>
        <p className="news-card__lead">{item.lead}</p>
      </div>
    </article>
  )
}
