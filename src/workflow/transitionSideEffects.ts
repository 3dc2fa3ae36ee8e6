import type { PayloadRequest } from 'payload'

import type { News } from '@/payload-types'

import { queueSyndication } from '@/syndication/wiring/queueSyndication'

import type { TransitionInput } from './types'

/** Who hears about each action: the desk on submission, the authors afterwards. */
const NOTIFY: Partial<Record<TransitionInput['action'], 'authors' | 'verifiers'>> = {
  submit: 'verifiers',
  request_changes: 'authors',
  approve: 'authors',
  publish: 'authors',
  retract: 'authors',
  restore: 'verifiers',
}

/**
 * Work that follows a transition but must not slow it down: e-mail goes through the job queue,
 * a scheduled item gets a job that fires at `publishAt`, and publishing or retracting queues
 * syndication to the item's channels (skipped with `req.context.skipSyndication`).
 */
export const transitionSideEffects = async ({
  req,
  item,
  input,
  actorId,
}: {
  req: PayloadRequest
  item: News
  input: TransitionInput
  actorId: number | null
}): Promise<void> => {
  if (input.action === 'schedule' && input.publishAt) {
    await req.payload.jobs.queue({
      task: 'publishScheduled',
      input: { newsId: String(item.id), publishAt: new Date(input.publishAt).toISOString(), actorId: actorId ?? undefined, note: input.note },
      waitUntil: new Date(input.publishAt),
      req,
    })
  }
  // Syndication: one record per channel (created before any remote call) plus a `syndicate` job.
  if ((input.action === 'publish' || input.action === 'retract') && !req.context.skipSyndication) {
    await queueSyndication({ payload: req.payload, req, newsId: item.id, event: input.action })
  }
  const audience = NOTIFY[input.action]
  if (audience && !req.context.skipNotifications) {
    await req.payload.jobs.queue({
      task: 'sendNotification',
      input: { newsId: String(item.id), action: input.action, audience, comment: input.comment ?? input.reason ?? undefined },
      req,
    })
  }
}
