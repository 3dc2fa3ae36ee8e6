/** schema.org BreadcrumbList for the crumbs of a page (absolute URLs; the last item is the page). */
export const breadcrumbJsonLd = (baseUrl: string, crumbs: { label: string; href?: string }[]) => ({
  '@context': 'https://schema.org',
  '@type': 'BreadcrumbList',
  itemListElement: crumbs.map((crumb, index) => ({
    '@type': 'ListItem',
    position: index + 1,
    name: crumb.label,
    ...(crumb.href ? { item: `${baseUrl}${crumb.href}` } : {}),
  })),
})
