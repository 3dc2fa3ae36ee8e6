import type { Payload, PayloadRequest } from 'payload'

import type { ChannelsSettings } from '../types'

/**
 * Server-only: the `channels` global with plain secrets, for building adapters. Never return
 * this to a client and never log it.
 */
export async function loadChannelSettings(payload: Payload, req?: Partial<PayloadRequest>): Promise<ChannelsSettings> {
  const doc = await payload.findGlobal({
    slug: 'channels',
    depth: 0,
    overrideAccess: true,
    context: { revealSecrets: true },
    req,
  })
  return doc as unknown as ChannelsSettings
}
