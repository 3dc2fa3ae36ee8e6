import type { ServerProps } from 'payload'

import type { User } from '@/payload-types'

import { checkRole, userUnitIds } from '@/access/utilities'

/** Shortcuts above the news list: "Perlu ditinjau" for the desk, "Milik OPD saya" for writers. */
export const WorkflowListLinks = ({ user }: ServerProps) => {
  const me = user as null | undefined | User
  if (!me) return null
  const links: { href: string; label: string }[] = []
  if (checkRole(['admin', 'verifier'], me)) {
    links.push({ href: '/admin/collections/news?where[workflowState][equals]=in_review&sort=updatedAt', label: 'Perlu ditinjau' })
  }
  const units = userUnitIds(me)
  if (units.length > 0) {
    const query = units.map((unit, index) => `where[unit][in][${index}]=${encodeURIComponent(String(unit))}`).join('&')
    links.push({ href: `/admin/collections/news?${query}&sort=-updatedAt`, label: 'Milik OPD saya' })
  }
  links.push({ href: '/admin/collections/news', label: 'Semua' })
  return (
    <nav aria-label="Tampilan berita" style={{ display: 'flex', gap: '1rem', marginBottom: '1rem' }}>
      {links.map(({ href, label }) => (
        <a href={href} key={label}>
          {label}
        </a>
      ))}
    </nav>
  )
}
