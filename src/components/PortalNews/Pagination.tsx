import Link from 'next/link'

type Props = { page: number; totalPages: number; href: (page: number) => string }

/** Previous/next navigation with the current position announced. */
export function Pagination({ page, totalPages, href }: Props) {
  if (totalPages <= 1) return null
  return (
    <nav className="pagination" aria-label="Halaman">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ← Sebelumnya
        </Link>
      ) : null}
      <span aria-current="page">
        Halaman {page} dari {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next">
          Berikutnya →
        </Link>
      ) : null}
    </nav>
  )
}
