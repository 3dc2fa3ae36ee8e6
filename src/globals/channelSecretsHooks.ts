import type { GlobalAfterReadHook, GlobalBeforeChangeHook } from 'payload'

import { secretBoxFromEnv } from '@/syndication/secretBoxFromEnv'
import { maskChannelSecrets, revealChannelSecrets, sealChannelSecrets } from '@/syndication/wiring/channelSecrets'

/**
 * Encrypts channel secrets before they are stored (AES-256-GCM, WARTA_SECRET_KEY). The stored
 * row is read raw (no afterRead, which masks) so a masked value written back keeps the secret.
 */
export const sealChannelSecretsHook: GlobalBeforeChangeHook = async ({ data, req }) => {
  const stored = (await req.payload.db.findGlobal({ slug: 'channels', req }).catch(() => null)) as Record<string, unknown> | null
  return sealChannelSecrets(data as Record<string, unknown>, stored, secretBoxFromEnv())
}

/**
 * Every reader (admins in the UI included) sees masked secrets. Only server code that asks with
 * `context.revealSecrets` (`loadChannelSettings`) gets the plain values; REST/GraphQL cannot set it.
 */
export const maskChannelSecretsHook: GlobalAfterReadHook = ({ doc, context }) => {
  const box = secretBoxFromEnv()
  if (context?.revealSecrets === true) return revealChannelSecrets(doc, box)
  return maskChannelSecrets(doc, box)
}
