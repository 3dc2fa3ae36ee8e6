import type { CollectionBeforeChangeHook } from 'payload'

import type { News } from '@/payload-types'

/** Who acknowledged a review finding, and when, is recorded by the server, not the browser. */
export const stampAcknowledgements: CollectionBeforeChangeHook<News> = ({ data, originalDoc, req }) => {
  if (!data.reviewAcknowledgements || !req.user) return data
  const previous = new Map((originalDoc?.reviewAcknowledgements ?? []).map((row) => [row.key, row]))
  return {
    ...data,
    reviewAcknowledgements: data.reviewAcknowledgements.map((row) => {
      const before = previous.get(row.key)
      if (before?.acknowledgedBy && before.reason === row.reason) {
        return { ...row, acknowledgedBy: before.acknowledgedBy, acknowledgedAt: before.acknowledgedAt }
      }
      return { ...row, acknowledgedBy: req.user!.id, acknowledgedAt: new Date().toISOString() }
    }),
  }
}
