import { getLatestNews } from '@/data/getLatestNews'
import { formatDateTime } from '@/utilities/formatDateTime'

// Rendered per request until the portal's tag-based cache lands; never prerendered at build.
export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const news = await getLatestNews()
  return (
    <section aria-labelledby="judul-terbaru">
      <h1 id="judul-terbaru">Berita terbaru</h1>
      {news.length === 0 ? (
        <p>Belum ada berita yang terbit.</p>
      ) : (
        <ul className="news-list">
          {news.map((item) => (
            <li key={item.id}>
              <article>
                <h2>{item.title}</h2>
                {item.publishedAt ? (
                  <p className="meta">
                    <time dateTime={item.publishedAt}>{formatDateTime(item.publishedAt)}</time>
                    {typeof item.unit === 'object' && item.unit ? ` · ${item.unit.shortName}` : null}
                  </p>
                ) : null}
                <p>{item.lead}</p>
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
