import Link from 'next/link'

export interface Crumb {
  label: string
  href?: string
}

/** Visible breadcrumb; the last crumb is the current page. Pair it with `breadcrumbJsonLd`. */
export function Breadcrumb({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav aria-label="Remah roti" className="breadcrumb">
      <ol>
        {crumbs.map((crumb, index) => (
          <li aria-current={index === crumbs.length - 1 ? 'page' : undefined} key={`${index}-${crumb.label}`}>
            {crumb.href && index < crumbs.length - 1 ? <Link href={crumb.href}>{crumb.label}</Link> : crumb.label}
          </li>
        ))}
      </ol>
    </nav>
  )
}
