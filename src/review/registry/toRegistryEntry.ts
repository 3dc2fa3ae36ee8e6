import type { OfficialNameEntry, OfficialNameKind } from '../types'

/** An official-names document as stored (REST or Local API, depth 0). */
export interface OfficialNameDoc {
  name?: string | null
  kind?: string | null
  variants?: { value?: string | null }[] | null
  note?: string | null
}

/** The registry entry of a stored document (pure; used by the server and the editor's panel). */
export const toRegistryEntry = (doc: OfficialNameDoc): OfficialNameEntry => ({
  name: doc.name ?? '',
  ...(doc.kind ? { kind: doc.kind as OfficialNameKind } : {}),
  variants: (doc.variants ?? []).map((v) => v.value ?? '').filter(Boolean),
  ...(doc.note ? { note: doc.note } : {}),
})
