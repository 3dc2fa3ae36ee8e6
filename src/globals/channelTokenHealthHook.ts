import type { GlobalBeforeChangeHook } from 'payload'

import { newChannelTokens } from '@/syndication/wiring/channelTokens'

/**
 * A token an admin pastes in starts a new life: issued now, expiring in 60 days unless the admin
 * gave a date, and any recorded problem cleared. The token job sets these itself (context flag).
 */
export const channelTokenHealthHook: GlobalBeforeChangeHook = async ({ data, req, context }) => {
  if (context?.tokenRefresh === true) return data
  const stored = (await req.payload.db.findGlobal({ slug: 'channels', req }).catch(() => null)) as Record<string, unknown> | null
  return newChannelTokens(data as Record<string, unknown>, stored, Date.now())
}
