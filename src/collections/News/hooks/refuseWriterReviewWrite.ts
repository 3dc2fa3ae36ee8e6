import type { FieldHook } from 'payload'

import { APIError } from 'payload'

import { checkRole } from '@/access/utilities'

type Row = { key?: unknown; reason?: unknown }

const ticks = (value: unknown): string =>
  JSON.stringify(
    Object.entries((value ?? {}) as Record<string, unknown>)
      .filter(([key]) => key !== 'id')
      .map(([key, ticked]) => [key, Boolean(ticked)])
      .sort(),
  )

const acknowledgements = (value: unknown): string =>
  JSON.stringify((Array.isArray(value) ? (value as Row[]) : []).map((row) => [String(row?.key ?? ''), String(row?.reason ?? '')]))

const SAME: Record<'checklist' | 'reviewAcknowledgements', (a: unknown, b: unknown) => boolean> = {
  // Only the boxes sent count: a partial group leaves the others as they were.
  checklist: (sent, before) =>
    ticks(sent) === ticks(Object.fromEntries(Object.keys((sent ?? {}) as object).map((key) => [key, (before as Record<string, unknown> | null)?.[key]]))),
  reviewAcknowledgements: (sent, before) => acknowledgements(sent) === acknowledgements(before),
}

/**
 * The accuracy checklist and the acknowledgement of review findings are the verifier's work: a
 * writer sending a different value (REST, GraphQL, Local API without override) is refused with 403
 * instead of being accepted or dropped silently (issue 9, finding 7). Re-sending the unchanged
 * value, as the admin form does, passes. Runs before field access, so the refusal is explicit.
 */
export const refuseWriterReviewWrite =
  (field: 'checklist' | 'reviewAcknowledgements'): FieldHook =>
  ({ context, originalDoc, overrideAccess, req, value }) => {
    if (overrideAccess || context.trusted || context.workflowTransition || value === undefined) return undefined
    if (checkRole(['admin', 'verifier'], req.user)) return undefined
    const before = (originalDoc as Record<string, unknown> | undefined)?.[field]
    if (SAME[field](value, before)) return undefined
    const what = field === 'checklist' ? 'Daftar periksa akurasi' : 'Konfirmasi temuan pemeriksaan'
    throw new APIError(`${what} hanya dapat diisi oleh verifikator atau admin.`, 403, undefined, true)
  }
