import type { GlobalAfterChangeHook } from 'payload'

import type { ChannelsSettings } from '@/syndication/types'

import { requeueTokenBlocked, unblockedChannels } from '@/syndication/wiring/requeueTokenBlocked'

/**
 * A channel whose token blocked syndication is usable again after this save (a new token, or a
 * renewal that moved the expiry): its "Perlu tindakan: token kedaluwarsa" records go back to the
 * queue without staff pressing "Coba lagi" on each (issue 13).
 */
export const requeueAfterTokenHook: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
  for (const channel of unblockedChannels(previousDoc as Partial<ChannelsSettings>, doc as Partial<ChannelsSettings>, Date.now())) {
    await requeueTokenBlocked(req.payload, channel, { req })
  }
  return doc
}
