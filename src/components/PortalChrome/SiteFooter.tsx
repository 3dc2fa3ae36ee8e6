import Link from 'next/link'

/** The portal footer: publisher, corrections page and feeds. */
export function SiteFooter({ publisher }: { publisher: string }) {
  return (
    <footer className="site-footer">
      <p>{publisher}</p>
      <nav aria-label="Tautan situs">
        <ul>
          <li>
            <Link href="/koreksi">Koreksi dan pencabutan</Link>
          </li>
          <li>
            <a href="/feed.xml">RSS</a>
          </li>
          <li>
            <a href="/atom.xml">Atom</a>
          </li>
          <li>
            <a href="/feed.json">JSON Feed</a>
          </li>
        </ul>
      </nav>
    </footer>
  )
}
