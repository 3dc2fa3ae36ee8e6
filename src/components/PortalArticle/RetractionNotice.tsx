import Link from 'next/link'

import { formatDateTime } from '@/utilities/formatDateTime'

type Notice = { title: string; reason: string; retractedAt: null | string; firstPublishedAt: null | string }

/** The public notice of a retracted article (Indonesian press guidelines: reason and date). */
export function RetractionNotice({ notice }: { notice: Notice }) {
  return (
    <>
      <nav aria-label="Remah roti" className="breadcrumb">
        <ol>
          <li>
            <Link href="/">Beranda</Link>
          </li>
          <li>
            <Link href="/koreksi">Koreksi dan pencabutan</Link>
          </li>
          <li aria-current="page">Berita dicabut</li>
        </ol>
      </nav>
      <article aria-labelledby="judul-pencabutan" className="retraction-notice">
        <h1 id="judul-pencabutan">Berita ini telah dicabut</h1>
        <p>Berita berjudul “{notice.title}” telah dicabut oleh redaksi dan tidak lagi ditayangkan.</p>
        {notice.retractedAt ? (
          <p>
            Dicabut pada <time dateTime={notice.retractedAt}>{formatDateTime(notice.retractedAt)}</time>.
          </p>
        ) : null}
        <h2>Alasan pencabutan</h2>
        <p>{notice.reason || 'Tidak disebutkan.'}</p>
        {notice.firstPublishedAt ? (
          <p className="meta">
            Pertama terbit <time dateTime={notice.firstPublishedAt}>{formatDateTime(notice.firstPublishedAt)}</time>.
          </p>
        ) : null}
      </article>
      <p>
        <Link href="/koreksi">Daftar koreksi dan pencabutan</Link> · <Link href="/">Kembali ke beranda</Link>
      </p>
    </>
  )
}
