import type { Payload } from 'payload'

import type { OfficialNameEntry } from '../types'
import { type OfficialNameDoc, toRegistryEntry } from './toRegistryEntry'

/** A few seconds of staleness at most across processes; a change in this process clears it at once. */
const TTL_MS = 30_000
let cached: { entries: OfficialNameEntry[]; at: number } | null = null

export const forgetRegistry = (): void => {
  cached = null
}

/**
 * Server only: the official names registry (collection official-names) for the approval gate
 * and the review endpoint, cached for 30 s per process. The same array object is returned while
 * cached, so the rules' compiled patterns stay warm.
 */
export async function registryFromPayload(payload: Payload, now = Date.now()): Promise<OfficialNameEntry[]> {
  if (cached && now - cached.at < TTL_MS) return cached.entries
  const { docs } = await payload.find({ collection: 'official-names', pagination: false, depth: 0, overrideAccess: true })
  const entries = (docs as OfficialNameDoc[]).map(toRegistryEntry).filter((e) => e.name)
  cached = { entries, at: now }
  return entries
}
