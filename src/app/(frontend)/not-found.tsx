import Link from 'next/link'

export default function NotFound() {
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
