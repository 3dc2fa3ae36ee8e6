/** Admin list addresses the dashboard links to (filters in Payload's `where` query syntax). */
const NEWS = '/admin/collections/news'

export const newsListHref = (state: string, sort: string): string =>
  `${NEWS}?where[workflowState][equals]=${encodeURIComponent(state)}&sort=${encodeURIComponent(sort)}`

export const newsItemHref = (id: number | string): string => `${NEWS}/${encodeURIComponent(String(id))}`

export const syndicationListHref = (query: string): string => `/admin/collections/syndications?${query}&sort=-updatedAt`

export const auditListHref = (action: string): string =>
  `/admin/collections/audit-log?where[action][equals]=${encodeURIComponent(action)}&sort=-createdAt`
