import Link from 'next/link'

import type { Category } from '@/payload-types'

import { portalPaths } from '@/data/articleUrl'

type Props = { siteName: string; categories: Pick<Category, 'id' | 'name' | 'slug'>[] }

const SearchForm = ({ id }: { id: string }) => (
  <form action="/cari" className="search-form" method="get" role="search">
    <label className="visually-hidden" htmlFor={id}>
      Cari berita
    </label>
    <input id={id} name="q" placeholder="Cari berita…" type="search" />
    <button type="submit">Cari</button>
  </form>
)

/**
 * The portal header. Wide screens: name, search and the category bar. Phones: name and a
 * "Menu" disclosure (<details>, no script) holding search and categories, so the header stays
 * one line tall. Both variants are in the HTML; CSS shows one (the hidden one is display:none,
 * so screen readers meet the menu once).
 */
export function SiteHeader({ siteName, categories }: Props) {
  const links = [{ href: '/', label: 'Beranda', key: 'beranda' }].concat(
    categories
      .filter((category) => category.slug)
      .map((category) => ({ href: portalPaths.category(category.slug as string), label: category.name, key: String(category.id) })),
  )
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link className="site-name" href="/">
          {siteName}
        </Link>
        <div className="site-header__search">
          <SearchForm id="cari-q" />
        </div>
        <details className="site-menu">
          <summary>
            <span aria-hidden="true" className="site-menu__icon">
              ☰
            </span>{' '}
            Menu
          </summary>
          <div className="site-menu__panel">
            <SearchForm id="cari-q-menu" />
            <nav aria-label="Kategori">
              <ul>
                {links.map((link) => (
                  <li key={link.key}>
                    <Link href={link.href}>{link.label}</Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </details>
      </div>
      {links.length > 1 ? (
        <nav aria-label="Kategori" className="site-nav">
          <ul>
            {links.map((link) => (
              <li key={link.key}>
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  )
}
