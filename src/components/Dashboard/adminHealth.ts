import type { Payload } from 'payload'

import type { Channel, User } from '@/payload-types'

import { CHANNEL_LABELS } from '@/i18n/labels'

export interface ChannelHealth {
  channel: string
  label: string
  enabled: boolean
  succeeded: number
  failed: number
  pending: number
  lastSuccessAt: null | string
}

export interface LockedAccount {
  id: number | string
  name: string
  email: string
  lockUntil: string
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000

/** Per channel: switched on or off, last week's deliveries by outcome, last success. Admins only. */
export const channelHealth = async (payload: Payload, user: User, now = new Date()): Promise<ChannelHealth[]> => {
  const settings = (await payload.findGlobal({ slug: 'channels', depth: 0, overrideAccess: false, user })) as Channel
  const since = new Date(now.getTime() - WEEK_MS).toISOString()
  return Promise.all(
    Object.keys(CHANNEL_LABELS).map(async (channel) => {
      const count = async (states: string[]) =>
        (
          await payload.count({
            collection: 'syndications',
            where: { and: [{ channel: { equals: channel } }, { state: { in: states } }, { updatedAt: { greater_than: since } }] },
            overrideAccess: true,
          })
        ).totalDocs
      const [succeeded, failed, pending, last] = await Promise.all([
        count(['succeeded']),
        count(['failed']),
        count(['queued', 'running']),
        payload.find({
          collection: 'syndications',
          where: { and: [{ channel: { equals: channel } }, { state: { equals: 'succeeded' } }] },
          sort: '-finishedAt',
          limit: 1,
          depth: 0,
          overrideAccess: true,
          select: { finishedAt: true, updatedAt: true },
        }),
      ])
      const lastDoc = last.docs[0] as { finishedAt?: null | string; updatedAt: string } | undefined
      const channelSettings = (settings as unknown as Record<string, { enabled?: boolean | null } | undefined>)[channel]
      return {
        channel,
        label: CHANNEL_LABELS[channel] ?? channel,
        enabled: Boolean(channelSettings?.enabled),
        succeeded,
        failed,
        pending,
        lastSuccessAt: lastDoc ? (lastDoc.finishedAt ?? lastDoc.updatedAt) : null,
      }
    }),
  )
}

/** Accounts locked right now after too many failed logins (Payload's `lockUntil`). */
export const lockedAccounts = async (payload: Payload, now = new Date()): Promise<LockedAccount[]> => {
  const { docs } = await payload.find({
    collection: 'users',
    where: { lockUntil: { greater_than: now.toISOString() } },
    sort: '-lockUntil',
    limit: 20,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  return (docs as User[]).map((doc) => ({ id: doc.id, name: doc.name, email: doc.email, lockUntil: doc.lockUntil as string }))
}
