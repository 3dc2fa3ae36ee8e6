import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'
import { connection } from 'next/server'

import { Pagination } from '@/components/PortalNews/Pagination'
import { portalPaths } from '@/data/articleUrl'
import { pageNumber, pageOutOfRange } from '@/data/pageNumber'
import { getCorrectedNews, getRetractions } from '@/data/portalData'
import { formatDateTime } from '@/utilities/formatDateTime'

export const metadata: Metadata = { title: 'Koreksi dan pencabutan', alternates: { canonical: '/koreksi' } }

type Props = { searchParams: Promise<{ halaman?: string }> }

/** Public list of corrections and retractions (Pedoman Pemberitaan Media Siber). */
export default async function CorrectionsPage({ searchParams }: Props) {
  await connection()
  const page = pageNumber((await searchParams).halaman)
  const [corrected, retractions] = await Promise.all([getCorrectedNews(page), page === 1 ? getRetractions() : Promise.resolve([])])
  if (pageOutOfRange(page, corrected.totalPages)) notFound()
  return (
    <>
      <h1>Koreksi dan pencabutan</h1>
      <p>Redaksi mencatat setiap koreksi dan pencabutan berita secara terbuka, lengkap dengan tanggal dan alasannya.</p>
      <section aria-labelledby="daftar-koreksi">
        <h2 id="daftar-koreksi">Koreksi</h2>
        {corrected.docs.length === 0 ? (
          <p>Belum ada koreksi.</p>
        ) : (
          <ul className="news-list">
            {corrected.docs.map((item) => (
              <li key={item.id}>
                <h3 className="news-card__title">
                  <Link href={portalPaths.article(item.slug ?? '')}>{item.title}</Link>
                </h3>
                <ul>
                  {(item.corrections ?? []).map((c, i) => (
                    <li key={c.id ?? i}>
                      <time dateTime={c.correctedAt}>{formatDateTime(c.correctedAt)}</time>: {c.note}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
        <Pagination page={corrected.page} totalPages={corrected.totalPages} href={(p) => (p > 1 ? `/koreksi?halaman=${p}` : '/koreksi')} />
      </section>
      {page === 1 ? (
        <section aria-labelledby="daftar-pencabutan">
          <h2 id="daftar-pencabutan">Pencabutan</h2>
          {retractions.length === 0 ? (
            <p>Belum ada berita yang dicabut.</p>
          ) : (
            <ul className="news-list">
              {retractions.map((r) => (
                <li key={r.slug}>
                  <h3 className="news-card__title">
                    <a href={portalPaths.retracted(r.slug)}>{r.title}</a>
                  </h3>
                  <p>
                    {r.retractedAt ? (
                      <>
                        Dicabut <time dateTime={r.retractedAt}>{formatDateTime(r.retractedAt)}</time>.{' '}
                      </>
                    ) : null}
                    Alasan: {r.reason || 'tidak disebutkan'}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </>
  )
}
