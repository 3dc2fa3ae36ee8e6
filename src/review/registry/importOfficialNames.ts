import type { Payload, PayloadRequest, RequestContext } from 'payload'

import type { OfficialNameEntry } from '../types'

export interface ImportSummary {
  created: number
  updated: number
  unchanged: number
}

/**
 * Adds registry entries to the official-names collection: a new name is created, an existing
 * one (same name, case-insensitive) gains the new variants and, when given, the kind and note.
 * Trusted server code (seed, CLI import); each write goes through the collection's hooks, so it
 * is audited.
 */
export async function importOfficialNames(
  payload: Payload,
  entries: readonly OfficialNameEntry[],
  options: { context?: RequestContext; req?: Partial<PayloadRequest> } = {},
): Promise<ImportSummary> {
  const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0 }
  const { docs } = await payload.find({ collection: 'official-names', pagination: false, depth: 0, overrideAccess: true })
  const byName = new Map(docs.map((d) => [d.name.toLowerCase(), d]))
  for (const entry of entries) {
    const existing = byName.get(entry.name.toLowerCase())
    const variants = entry.variants ?? []
    if (!existing) {
      const doc = await payload.create({
        collection: 'official-names',
        data: { name: entry.name, kind: entry.kind ?? 'person', variants: variants.map((value) => ({ value })), note: entry.note },
        overrideAccess: true,
        context: options.context,
        req: options.req,
      })
      byName.set(doc.name.toLowerCase(), doc)
      summary.created++
      continue
    }
    const known = new Set((existing.variants ?? []).map((v) => v.value.toLowerCase()))
    const added = variants.filter((v) => !known.has(v.toLowerCase()))
    const kindChanged = entry.kind !== undefined && entry.kind !== existing.kind
    const noteChanged = entry.note !== undefined && entry.note !== existing.note
    if (added.length === 0 && !kindChanged && !noteChanged) {
      summary.unchanged++
      continue
    }
    const doc = await payload.update({
      collection: 'official-names',
      id: existing.id,
      data: {
        variants: [...(existing.variants ?? []).map((v) => ({ value: v.value })), ...added.map((value) => ({ value }))],
        ...(kindChanged ? { kind: entry.kind } : {}),
        ...(noteChanged ? { note: entry.note } : {}),
      },
      overrideAccess: true,
      context: options.context,
      req: options.req,
    })
    byName.set(doc.name.toLowerCase(), doc)
    summary.updated++
  }
  return summary
}
