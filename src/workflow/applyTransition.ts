import type { PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction, ValidationError } from 'payload'

import type { WorkflowState } from '@/collections/News/workflowStates'
import type { News, User } from '@/payload-types'

import { checkRole, userUnitIds } from '@/access/utilities'
import { WORKFLOW_STATES } from '@/collections/News/workflowStates'
import { unresolvedBlockingFindings } from '@/review/unresolvedBlockingFindings'
import { reviewBudgetSpentMessage, reviewWorkKey } from '@/security/reviewWorkBudget'

import type { TransitionInput, TransitionResult } from './types'

import { unmetConditions } from './gate'
import { latestVersionId } from './latestVersionId'
import { budgetedReviewFindingsFor, reviewFindingsFor } from './reviewFindingsFor'
import { sameContent } from './sameContent'
import { TRANSITIONS } from './transitions'
import { transitionSideEffects } from './transitionSideEffects'
import { invalidTransitionInput } from './validateTransitionInput'
import { writeAuditEntry } from './writeAuditEntry'

const stateLabel = (state: string | null | undefined): string =>
  WORKFLOW_STATES.find(({ value }) => value === state)?.label ?? String(state)

const fail = (status: 400 | 401 | 403 | 404 | 409 | 422, ...messages: string[]): TransitionResult => ({
  ok: false,
  status,
  errors: messages.map((message) => ({ message })),
})

const idOf = (value: unknown): string =>
  String(typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : value)

export interface ApplyTransitionArgs {
  req: PayloadRequest
  id: number | string
  input: TransitionInput
  /**
   * The staff member acting. `system` is the job queue acting for the user who asked for it
   * (scheduled publication): roles and units were checked when the job was queued.
   */
  actor: { kind: 'system'; onBehalfOf?: number | null } | { kind: 'user'; user: User }
  now?: Date
}

/**
 * Applies one workflow action (design.md §3): input check, role and unit check, state check,
 * gate, then the write through the Local API with `context.workflowTransition`, one audit entry
 * and the queued jobs. The only code that changes `news.workflowState`.
 *
 * Atomicity (issue 9): everything that can refuse the request is checked before the first write.
 * The writes (state, version, audit entry, jobs) share one database transaction where the adapter
 * has them (MongoDB replica sets); Payload's SQLite adapter runs without transactions, so there
 * the order — validated state write, then audit entry, then jobs — is what keeps them together.
 */
export const applyTransition = async ({ req, id, input, actor, now = new Date() }: ApplyTransitionArgs): Promise<TransitionResult> => {
  const { payload } = req
  const transition = TRANSITIONS[input.action]
  const invalid = invalidTransitionInput(input as unknown as Record<string, unknown>)
  if (invalid.length > 0) return fail(400, ...invalid)
  const user = actor.kind === 'user' ? actor.user : null

  const latest = (await payload
    .findByID({ collection: 'news', id, draft: true, depth: 0, overrideAccess: true, req, disableErrors: true })
    .catch(() => null)) as News | null
  if (!latest) return fail(404, 'Berita tidak ditemukan.')

  if (user) {
    if (!checkRole([...transition.roles], user)) {
      return fail(403, `Peran Anda tidak diizinkan melakukan tindakan "${transition.label}".`)
    }
    const everyUnit = checkRole(['admin', 'verifier'], user)
    if (!everyUnit && !userUnitIds(user).map(String).includes(idOf(latest.unit))) {
      return fail(403, 'Berita ini milik OPD lain; Anda hanya dapat menangani berita OPD Anda.')
    }
  }

  const fromState = (latest.workflowState ?? 'draft') as WorkflowState
  if (!transition.from.includes(fromState)) {
    return fail(409, `Tindakan "${transition.label}" tidak berlaku untuk berita berstatus "${stateLabel(fromState)}".`)
  }

  // Charged to the acting account's review time (a flood of submits of hostile text is refused).
  const runReview = async () =>
    user ? budgetedReviewFindingsFor(latest, payload, reviewWorkKey(user)) : { ok: true as const, value: await reviewFindingsFor(latest, payload) }
  const review = input.action === 'submit' || input.action === 'approve' ? await runReview() : undefined
  if (review && !review.ok) {
    return { ok: false, status: 429, errors: [{ message: reviewBudgetSpentMessage(review.retryAfterSeconds) }], retryAfterSeconds: review.retryAfterSeconds }
  }
  const findings = review?.value
  let approvedVersionIsCurrent = true
  if ((input.action === 'publish' || input.action === 'schedule') && latest.approval?.versionId) {
    const approved = await payload
      .findVersionByID({ collection: 'news', id: latest.approval.versionId, depth: 0, overrideAccess: true, req, disableErrors: true })
      .catch(() => null)
    approvedVersionIsCurrent = Boolean(approved && sameContent(approved.version as unknown as Record<string, unknown>, latest as unknown as Record<string, unknown>))
  }
  const reasons = unmetConditions(transition.gate, {
    item: latest,
    user: user ?? { id: actor.kind === 'system' ? (actor.onBehalfOf ?? 0) : 0 },
    comment: input.comment,
    note: input.note,
    reason: input.reason,
    publishAt: input.publishAt,
    now,
    blockingFindings: findings ? unresolvedBlockingFindings(findings, latest.reviewAcknowledgements) : [],
    approvedVersionIsCurrent,
  })
  if (reasons.length > 0) return fail(422, ...reasons)

  const live = (await payload.findByID({ collection: 'news', id, depth: 0, overrideAccess: true, req })) as News
  const isLive = live._status === 'published'
  const nowIso = now.toISOString()
  const actorId = user?.id ?? (actor.kind === 'system' ? actor.onBehalfOf : null) ?? null

  let data: Partial<News>
  // Until `publish`, a live item keeps its published main document: transitions save versions only.
  let draft = isLive
  switch (input.action) {
    case 'submit':
      data = { workflowState: 'in_review', reviewFindings: findings }
      break
    case 'request_changes':
      data = { workflowState: 'draft' }
      break
    case 'restore':
      // A draft version only: the live document stays retracted until re-published.
      data = { workflowState: 'in_review' }
      break
    case 'approve':
      data = {
        workflowState: 'approved',
        reviewFindings: findings,
        approval: { approvedBy: actorId, approvedAt: nowIso, versionId: await latestVersionId(req.payload, id, req) },
      }
      break
    case 'schedule':
      data = { workflowState: 'scheduled', publishAt: new Date(input.publishAt as string).toISOString() }
      break
    case 'unschedule':
      data = { workflowState: 'approved', publishAt: null }
      break
    case 'publish': {
      const corrections = [...(latest.corrections ?? [])]
      if (latest.firstPublishedAt) {
        corrections.push({ note: (input.note ?? '').trim(), correctedAt: nowIso, versionId: latest.approval?.versionId ?? null })
      }
      data = {
        workflowState: 'published',
        _status: 'published',
        publishedAt: nowIso,
        firstPublishedAt: latest.firstPublishedAt ?? nowIso,
        publishAt: null,
        corrections,
      }
      draft = false
      break
    }
    case 'retract': {
      // The main document keeps the live content (not a pending draft) and leaves the portal.
      const { id: _id, createdAt: _c, updatedAt: _u, ...liveContent } = live
      data = {
        ...liveContent,
        workflowState: 'retracted',
        _status: 'published',
        retraction: { reason: (input.reason ?? '').trim(), retractedAt: nowIso, retractedBy: actorId },
      }
      draft = false
      break
    }
  }

  const ownTransaction = await initTransaction(req)
  try {
    await payload.update({
      collection: 'news',
      id,
      data,
      draft,
      depth: 0,
      overrideAccess: true,
      req,
      context: { workflowTransition: input.action },
    })
    await writeAuditEntry(req, {
      actor: actorId,
      actorEmail: user?.email ?? (actor.kind === 'system' ? 'sistem (antrean tugas)' : null),
      action: input.action,
      news: latest.id,
      fromState,
      toState: transition.to,
      comment: input.comment ?? input.reason ?? input.note ?? null,
      details: input.publishAt ? { publishAt: input.publishAt } : undefined,
    })
    await transitionSideEffects({ req, item: latest, input, actorId })
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    if (error instanceof ValidationError) {
      return fail(422, ...error.data.errors.map(({ message, path }) => (path ? `${path}: ${message}` : message)))
    }
    throw error
  }

  const doc = user
    ? ((await payload.findByID({ collection: 'news', id, draft: true, depth: 0, overrideAccess: false, user, req })) as News)
    : ((await payload.findByID({ collection: 'news', id, draft: true, depth: 0, overrideAccess: true, req })) as News)
  return { ok: true, status: 200, doc }
}
