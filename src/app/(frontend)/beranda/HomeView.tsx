import Image from 'next/image'
import Link from 'next/link'

import { NewsList } from '@/components/PortalNews/NewsList'
import { portalPaths } from '@/data/articleUrl'
import { asMedia, mediaSize } from '@/data/media'
import { getCategories, getCategoryNews, getLatestNews } from '@/data/portalData'
import { formatDateTime } from '@/utilities/formatDateTime'

// A compact front page (a few phone screens): the headline, six latest items, three per category.
const HOME_LATEST = 6
const PER_CATEGORY = 3

/** The home page body; `/` is served from the cached `/beranda/terkini` route (see the proxy). */
export async function HomeView() {
  const [latest, categories] = await Promise.all([getLatestNews(1, HOME_LATEST + 1), getCategories()])
  const [headline, ...rest] = latest.docs
  const sections = (
    await Promise.all(categories.map(async (category) => ({ category, news: (await getCategoryNews(category.id, 1)).docs.slice(0, PER_CATEGORY) })))
  ).filter((section) => section.news.length > 0 && section.category.slug)
  const cover = headline ? asMedia(headline.coverImage) : null
  const image = cover ? mediaSize(cover, 'card') : null
  return (
    <>
      <h1 className="visually-hidden">Berita resmi pemerintah kota</h1>
      {headline ? (
        <section aria-labelledby="utama" className="headline">
          <h2 id="utama" className="visually-hidden">
            Berita utama
          </h2>
          <article>
            {image?.src && cover ? (
              <Image src={image.src} width={image.width} height={image.height} alt={cover.alt} priority sizes="(max-width: 60rem) 100vw, 60rem" />
            ) : null}
            <h3 className="headline__title">
              <Link href={portalPaths.article(headline.slug ?? '')}>{headline.title}</Link>
            </h3>
            {headline.publishedAt ? (
              <p className="meta">
                <time dateTime={headline.publishedAt}>{formatDateTime(headline.publishedAt)}</time>
              </p>
            ) : null}
            <p>{headline.lead}</p>
          </article>
        </section>
      ) : (
        <p>Belum ada berita yang terbit.</p>
      )}
      {rest.length > 0 ? (
        <section aria-labelledby="terbaru">
          <h2 id="terbaru">Berita terbaru</h2>
          <NewsList items={rest} headingLevel={3} />

        </section>
      ) : null}
      {sections.map(({ category, news }) => (
        <section key={category.id} aria-labelledby={`kategori-${category.id}`} className="category-section">
          <h2 id={`kategori-${category.id}`}>
            <Link href={portalPaths.category(category.slug as string)}>{category.name}</Link>
          </h2>
          <NewsList items={news} headingLevel={3} showImages={false} />
          <p>
            <Link className="more-link" href={portalPaths.category(category.slug as string)}>
              Berita {category.name} lainnya →
            </Link>
          </p>
        </section>
      ))}
    </>
  )
}
