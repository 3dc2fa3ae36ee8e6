import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import Link from 'next/link'

import type { Category, News, Unit } from '@/payload-types'

import { NewsList } from '@/components/PortalNews/NewsList'
import { portalPaths } from '@/data/articleUrl'
import { asMedia } from '@/data/media'
import { formatDateTime } from '@/utilities/formatDateTime'

import { ArticleBody } from './ArticleBody'
import { Breadcrumb, type Crumb } from './Breadcrumb'
import { Figure } from './Figure'
import { ShareLinks } from './ShareLinks'

type Props = {
  article: News
  related?: News[]
  notice?: React.ReactNode
  /** Absolute URL of the public article: enables the share links (not in previews). */
  shareUrl?: string
  /** Breadcrumb above the title (the page also emits it as JSON-LD). */
  crumbs?: Crumb[]
}

const authorNames = (article: News): string[] =>
  (article.authors ?? []).flatMap((author) => (typeof author === 'object' && author?.name ? [author.name] : []))

/** A full article: header, cover, video, body, gallery, sources, public corrections, related items. */
export function ArticleView({ article, related = [], notice, shareUrl, crumbs }: Props) {
  const unit = typeof article.unit === 'object' ? (article.unit as Unit) : null
  const category = typeof article.category === 'object' && article.category ? (article.category as Category) : null
  const cover = asMedia(article.coverImage)
  const gallery = (article.gallery ?? []).map(asMedia).filter((m): m is NonNullable<typeof m> => Boolean(m))
  const published = article.firstPublishedAt ?? article.publishedAt
  const corrections = article.corrections ?? []
  return (
    <article className="article" aria-labelledby="judul-berita">
      {notice}
      {crumbs ? <Breadcrumb crumbs={crumbs} /> : null}
      <header className="article__header">
        <p className="kicker">
          {category?.slug ? <Link href={portalPaths.category(category.slug)}>{category.name}</Link> : null}
          {category && unit ? ' · ' : null}
          {unit?.slug ? <Link href={portalPaths.unit(unit.slug)}>{unit.name}</Link> : null}
        </p>
        <h1 id="judul-berita">{article.title}</h1>
        <p className="lead">{article.lead}</p>
        {authorNames(article).length > 0 || unit ? (
          <p className="byline">
            {authorNames(article).length > 0 ? <>Oleh {authorNames(article).join(', ')}</> : null}
            {authorNames(article).length > 0 && unit ? ' · ' : null}
            {unit ? unit.name : null}
          </p>
        ) : null}
        <p className="meta">
          {published ? (
            <>
              Terbit <time dateTime={published}>{formatDateTime(published)}</time>
            </>
          ) : (
            'Belum terbit'
          )}
          {article.publishedAt && published && article.publishedAt !== published ? (
            <>
              {' '}
              · Diperbarui <time dateTime={article.publishedAt}>{formatDateTime(article.publishedAt)}</time>
            </>
          ) : null}
        </p>
      </header>
      {cover ? <Figure media={cover} size="wide" priority /> : null}
      {article.youtubeVideoId ? (
        <div className="video">
          <iframe
            src={`https://www.youtube-nocookie.com/embed/${encodeURIComponent(article.youtubeVideoId)}`}
            title={`Video: ${article.title}`}
            loading="lazy"
            allow="accelerometer; encrypted-media; gyroscope; picture-in-picture"
            allowFullScreen
            referrerPolicy="strict-origin-when-cross-origin"
          />
        </div>
      ) : null}
      {article.body ? <ArticleBody body={article.body as SerializedEditorState} /> : null}
      {gallery.length > 0 ? (
        <section aria-labelledby="galeri" className="gallery">
          <h2 id="galeri">Galeri foto</h2>
          <div className="gallery__grid">
            {gallery.map((media) => (
              <Figure key={media.id} media={media} size="card" sizes="(max-width: 40rem) 100vw, 30rem" />
            ))}
          </div>
        </section>
      ) : null}
      {article.sources && article.sources.length > 0 ? (
        <section aria-labelledby="sumber">
          <h2 id="sumber">Sumber</h2>
          <ul>
            {article.sources.map((source, i) => (
              <li key={source.id ?? i}>
                {source.name}
                {source.description ? `, ${source.description}` : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {corrections.length > 0 ? (
        <section aria-labelledby="koreksi" className="corrections">
          <h2 id="koreksi">Koreksi</h2>
          <ul>
            {corrections.map((correction, i) => (
              <li key={correction.id ?? i}>
                <time dateTime={correction.correctedAt}>{formatDateTime(correction.correctedAt)}</time>: {correction.note}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {shareUrl ? <ShareLinks title={article.title} url={shareUrl} /> : null}
      {article.tags && article.tags.length > 0 ? (
        <p className="tags">
          <span className="visually-hidden">Tag: </span>
          {article.tags.map((tag) => (
            <span key={tag} className="tag">
              #{tag}
            </span>
          ))}
        </p>
      ) : null}
      {related.length > 0 ? (
        <aside aria-labelledby="terkait" className="related">
          <h2 id="terkait">Berita terkait</h2>
          <NewsList items={related} headingLevel={3} />
        </aside>
      ) : null}
    </article>
  )
}
