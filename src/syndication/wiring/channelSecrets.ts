import type { SecretBox } from '@/utilities/secretBox'

import { maskSecret } from '@/utilities/maskSecret'

import type { ChannelsSettings } from '../types'

/** Secret fields of the `channels` global; the path doubles as the AES-GCM associated data. */
export const CHANNEL_SECRET_FIELDS = [
  { group: 'instagram', field: 'accessToken', aad: 'instagram.accessToken' },
  { group: 'instagram', field: 'appSecret', aad: 'instagram.appSecret' },
  { group: 'youtube', field: 'clientSecret', aad: 'youtube.clientSecret' },
  { group: 'youtube', field: 'refreshToken', aad: 'youtube.refreshToken' },
] as const

/** AAD of `portal.webhooks[].secret` (one per row; the row's URL is not bound so it can change). */
export const WEBHOOK_SECRET_AAD = 'portal.webhooks[].secret'

type Doc = Record<string, unknown>
type Row = { id?: string | null; url?: string; secret?: string | null }

const MASK_PREFIX = '••••'

/** A value the admin UI showed us (masked), written back unchanged. */
export const isMasked = (value: unknown): boolean => typeof value === 'string' && value.startsWith(MASK_PREFIX)

const group = (doc: Doc | null | undefined, name: string): Doc | undefined =>
  doc && typeof doc[name] === 'object' && doc[name] !== null ? (doc[name] as Doc) : undefined

/**
 * Seals every secret before it is stored. Already sealed (`v1:`) values are kept; a masked value
 * (the admin saving the form as it displayed it) keeps the stored secret; an empty value clears it.
 */
export function sealChannelSecrets(data: Doc, stored: Doc | null | undefined, box: SecretBox): Doc {
  const next: Doc = { ...data }
  const seal = (value: unknown, previous: unknown, aad: string): unknown => {
    if (value === undefined) return previous ?? undefined
    if (value === null || value === '') return value
    if (typeof value !== 'string') return value
    if (box.isSealed(value)) return value
    if (isMasked(value)) {
      if (typeof previous !== 'string' || !previous) return null
      return box.isSealed(previous) ? previous : box.encrypt(previous, aad)
    }
    return box.encrypt(value, aad)
  }
  for (const { group: name, field, aad } of CHANNEL_SECRET_FIELDS) {
    const current = group(next, name)
    if (!current) continue
    next[name] = { ...current, [field]: seal(current[field], group(stored, name)?.[field], aad) }
  }
  const portal = group(next, 'portal')
  if (portal && Array.isArray(portal.webhooks)) {
    const storedRows = (group(stored, 'portal')?.webhooks as Row[] | undefined) ?? []
    next.portal = {
      ...portal,
      webhooks: (portal.webhooks as Row[]).map((row) => {
        const previous = storedRows.find((r) => (row.id && r.id === row.id) || r.url === row.url)
        return { ...row, secret: seal(row.secret, previous?.secret, WEBHOOK_SECRET_AAD) as string | null | undefined }
      }),
    }
  }
  return next
}

/** Applies `fn` to every secret value (mask or decrypt), returning a copy. */
function mapSecrets(doc: Doc, fn: (value: string, aad: string) => string): Doc {
  const next: Doc = { ...doc }
  for (const { group: name, field, aad } of CHANNEL_SECRET_FIELDS) {
    const current = group(next, name)
    const value = current?.[field]
    if (current && typeof value === 'string' && value) next[name] = { ...current, [field]: fn(value, aad) }
  }
  const portal = group(next, 'portal')
  if (portal && Array.isArray(portal.webhooks)) {
    next.portal = {
      ...portal,
      webhooks: (portal.webhooks as Row[]).map((row) =>
        typeof row.secret === 'string' && row.secret ? { ...row, secret: fn(row.secret, WEBHOOK_SECRET_AAD) } : row,
      ),
    }
  }
  return next
}

/**
 * What every reader sees: a mask of the plain secret ("••••abcd"). Sealed values are decrypted
 * only to compute the mask; a value that cannot be decrypted (wrong key) shows "••••".
 */
export function maskChannelSecrets(doc: Doc, box: SecretBox): Doc {
  return mapSecrets(doc, (value, aad) => {
    if (!box.isSealed(value)) return maskSecret(value)
    try {
      return maskSecret(box.decrypt(value, aad))
    } catch {
      return MASK_PREFIX
    }
  })
}

/** Server-only: the plain secrets, for building adapters. Throws on a wrong key or tampering. */
export function revealChannelSecrets(doc: Doc, box: SecretBox): ChannelsSettings {
  return mapSecrets(doc, (value, aad) => (box.isSealed(value) ? box.decrypt(value, aad) : value)) as ChannelsSettings
}
