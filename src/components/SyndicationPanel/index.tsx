import type { UIFieldServerProps } from 'payload'

import type { Syndication, User } from '@/payload-types'

import { checkRole } from '@/access/utilities'
import { publicRecord } from '@/syndication/wiring/endpoints'

import { SyndicationTable } from './SyndicationTable.client'

/**
 * "Distribusi" tab of a news item: every syndication record (channel, state, attempts, last
 * error, permalink) with a "Coba lagi" button on failed ones. Verifiers and admins only.
 */
export const SyndicationPanel = async ({ id, payload, req }: UIFieldServerProps) => {
  if (!id) return null
  if (!checkRole(['admin', 'verifier'], req.user as null | User)) return null
  const { docs } = await payload.find({
    collection: 'syndications',
    where: { news: { equals: id } },
    sort: '-createdAt',
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  return <SyndicationTable initial={(docs as Syndication[]).map(publicRecord)} newsId={String(id)} />
}
