import type { Payload, RequestContext } from 'payload'

import type { AuditLog, News, User } from '@/payload-types'

type State = NonNullable<News['workflowState']>
type Actor = { id: User['id']; email: string }

type Step = { action: string; from: State; to: State; by: 'author' | 'verifier'; at: number; comment?: string; details?: AuditLog['details'] }

const HOUR = 3_600_000

/**
 * The workflow steps a demo item in `state` went through, oldest first, with their times: the
 * audit log of a fresh demo reads like an office's history, not an empty table.
 */
export const demoWorkflowSteps = (
  state: State,
  times: { publishedAt: number; publishAt?: number; retractedAt?: number; now: number },
  retractionReason?: string,
): Step[] => {
  if (state === 'draft') return []
  const reviewed = state === 'in_review' ? times.now - 2 * HOUR : times.publishedAt
  const steps: Step[] = [{ action: 'submit', from: 'draft', to: 'in_review', by: 'author', at: reviewed - 3 * HOUR }]
  if (state === 'in_review') return steps
  steps.push({ action: 'approve', from: 'in_review', to: 'approved', by: 'verifier', at: reviewed - HOUR })
  if (state === 'scheduled') {
    steps.push({ action: 'schedule', from: 'approved', to: 'scheduled', by: 'verifier', at: reviewed - HOUR / 2, details: { publishAt: new Date(times.publishAt ?? times.now).toISOString() } })
  }
  if (state === 'published' || state === 'retracted') {
    steps.push({ action: 'publish', from: 'approved', to: 'published', by: 'verifier', at: times.publishedAt })
  }
  if (state === 'retracted') {
    steps.push({ action: 'retract', from: 'published', to: 'retracted', by: 'verifier', at: times.retractedAt ?? times.now, comment: retractionReason })
  }
  return steps
}

/** Writes the steps as audit entries dated when they happened (trusted seed code only). */
export const writeDemoAuditTrail = async (
  payload: Payload,
  input: { newsId: News['id']; steps: Step[]; author: Actor; verifier: Actor; context: RequestContext },
): Promise<void> => {
  for (const step of input.steps) {
    const actor = step.by === 'author' ? input.author : input.verifier
    await payload.create({
      collection: 'audit-log',
      data: {
        actor: actor.id,
        actorEmail: actor.email,
        action: step.action,
        news: input.newsId,
        fromState: step.from,
        toState: step.to,
        comment: step.comment ?? null,
        details: step.details,
        createdAt: new Date(step.at).toISOString(),
      },
      overrideAccess: true,
      context: input.context,
    })
  }
}
