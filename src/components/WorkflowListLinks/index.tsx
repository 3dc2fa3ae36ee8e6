import type { ServerProps } from 'payload'

import type { User } from '@/payload-types'

import { checkRole, userUnitIds } from '@/access/utilities'

import { activeQuickFilter, type QuickFilter } from './activeQuickFilter'

/** Quick filters above the news list: "Perlu ditinjau" for the desk, "Milik OPD saya" for unit members, "Semua". */
export const WorkflowListLinks = ({ searchParams, user }: ServerProps) => {
  const me = user as null | undefined | User
  if (!me) return null
  const filters: QuickFilter[] = []
  if (checkRole(['admin', 'verifier'], me)) {
    filters.push({ id: 'review', query: 'where[workflowState][equals]=in_review&sort=updatedAt', label: 'Perlu ditinjau' })
  }
  const units = userUnitIds(me)
  if (units.length > 0) {
    const query = units.map((unit, index) => `where[unit][in][${index}]=${encodeURIComponent(String(unit))}`).join('&')
    filters.push({ id: 'unit', query: `${query}&sort=-updatedAt`, label: 'Milik OPD saya' })
  }
  filters.push({ id: 'all', query: '', label: 'Semua' })
  const active = activeQuickFilter(filters, searchParams ?? {})
  return (
    <nav aria-label="Tampilan berita" className="warta-quick-filters" data-testid="quick-filters">
      {filters.map((filter) => (
        <a
          aria-current={filter.id === active ? 'page' : undefined}
          className={`warta-quick-filter${filter.id === active ? ' warta-quick-filter--active' : ''}`}
          href={`/admin/collections/news${filter.query ? `?${filter.query}` : ''}`}
          key={filter.id}
        >
          {filter.label}
        </a>
      ))}
    </nav>
  )
}
