import type { TaskConfig } from 'payload'

import type { News } from '@/payload-types'

import { applyTransition } from '@/workflow/applyTransition'

/**
 * Publishes a scheduled item at its `publishAt` (queued with `waitUntil` by the `schedule`
 * transition). Does nothing when the item was unscheduled, rescheduled or published meanwhile.
 */
export const publishScheduledTask: TaskConfig<'publishScheduled'> = {
  slug: 'publishScheduled',
  label: 'Terbitkan berita terjadwal',
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  inputSchema: [
    { name: 'newsId', type: 'text', required: true },
    { name: 'publishAt', type: 'text', required: true },
    { name: 'actorId', type: 'number' },
    { name: 'note', type: 'textarea' },
  ],
  outputSchema: [{ name: 'result', type: 'text' }],
  handler: async ({ input, req }) => {
    const item = (await req.payload.findByID({
      collection: 'news',
      id: input.newsId,
      draft: true,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })) as News | null
    const due = item?.publishAt ? new Date(item.publishAt).toISOString() : null
    if (!item || item.workflowState !== 'scheduled' || due !== input.publishAt) {
      return { output: { result: 'skipped' } }
    }
    const result = await applyTransition({
      req,
      id: item.id,
      input: { action: 'publish', note: input.note ?? undefined },
      actor: { kind: 'system', onBehalfOf: input.actorId ?? null },
    })
    if (!result.ok) throw new Error(`[workflow] publikasi terjadwal gagal: ${result.errors.map((e) => e.message).join(' ')}`)
    return { output: { result: 'published' } }
  },
}
