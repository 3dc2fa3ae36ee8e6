import type { Role } from '@/access/utilities'
import type { WorkflowState } from '@/collections/News/workflowStates'

import type { GateCondition } from './gate'
import { RESTORE_TRANSITION } from './restoreTransition'

import {
  approvedVersionIsCurrent,
  checklistComplete,
  commentGiven,
  correctionNoteGiven,
  noBlockingFindings,
  notAnAuthor,
  notTheLastEditor,
  publishAtInFuture,
  reasonGiven,
} from './gate'

export type TransitionAction =
  | 'approve'
  | 'publish'
  | 'request_changes'
  | 'restore'
  | 'retract'
  | 'schedule'
  | 'submit'
  | 'unschedule'

export interface Transition {
  action: TransitionAction
  /** Indonesian button label in the admin panel. */
  label: string
  from: readonly WorkflowState[]
  to: WorkflowState
  roles: readonly Role[]
  /** Every condition is evaluated; the 422 answer lists each one that fails. */
  gate: readonly GateCondition[]
}

const STAFF: readonly Role[] = ['writer', 'verifier', 'admin']
const DESK: readonly Role[] = ['verifier', 'admin']

/** The editorial state machine (design.md §3) as data: the endpoint and the admin UI both read it. */
export const TRANSITIONS: Record<TransitionAction, Transition> = {
  submit: { action: 'submit', label: 'Ajukan untuk ditinjau', from: ['draft'], to: 'in_review', roles: STAFF, gate: [] },
  request_changes: {
    action: 'request_changes',
    label: 'Minta perubahan',
    from: ['in_review'],
    to: 'draft',
    roles: DESK,
    gate: [commentGiven],
  },
  approve: {
    action: 'approve',
    label: 'Setujui',
    from: ['in_review'],
    to: 'approved',
    roles: DESK,
    gate: [notAnAuthor, notTheLastEditor, checklistComplete, noBlockingFindings],
  },
  publish: {
    action: 'publish',
    label: 'Terbitkan sekarang',
    from: ['approved', 'scheduled'],
    to: 'published',
    roles: DESK,
    gate: [approvedVersionIsCurrent, correctionNoteGiven],
  },
  schedule: {
    action: 'schedule',
    label: 'Jadwalkan terbit',
    from: ['approved'],
    to: 'scheduled',
    roles: DESK,
    gate: [approvedVersionIsCurrent, publishAtInFuture, correctionNoteGiven],
  },
  unschedule: { action: 'unschedule', label: 'Batalkan jadwal', from: ['scheduled'], to: 'approved', roles: DESK, gate: [] },
  retract: { action: 'retract', label: 'Cabut berita', from: ['published'], to: 'retracted', roles: DESK, gate: [reasonGiven] },
  restore: RESTORE_TRANSITION,
}

export const TRANSITION_ACTIONS = Object.keys(TRANSITIONS) as TransitionAction[]

export const isTransitionAction = (value: unknown): value is TransitionAction =>
  typeof value === 'string' && Object.hasOwn(TRANSITIONS, value)
