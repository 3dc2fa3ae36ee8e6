import Link from 'next/link'

/** The portal's "page not found" content: the not-found boundary and the server-rendered 404 page share it. */
export function NotFoundNotice() {
  return (
    <section aria-labelledby="judul-404">
      <h1 id="judul-404">Halaman tidak ditemukan</h1>
      <p>
        Berita atau halaman yang Anda cari tidak ada. <Link href="/">Kembali ke beranda</Link> atau{' '}
        <Link href="/cari">cari berita</Link>.
      </p>
    </section>
  )
}
