import { describe, expect, it } from 'vitest'

import type { News } from '@/payload-types'

import { availableActions } from '@/workflow/availableActions'
import { checklistComplete, correctionNoteGiven, publishAtInFuture, unmetConditions } from '@/workflow/gate'
import { TRANSITIONS } from '@/workflow/transitions'

const item = (extra: Partial<News> = {}): News => ({ id: 1, title: 't', lead: 'l', unit: 7, createdAt: '', updatedAt: '', ...extra }) as News
const base = { user: { id: 2 }, now: new Date('2026-01-01T00:00:00Z'), blockingFindings: [], approvedVersionIsCurrent: true }

describe('gate conditions', () => {
  it('report each failing condition in Indonesian and nothing when met', () => {
    expect(checklistComplete({ ...base, item: item({ checklist: { names: true } }) })).toMatch(/^Daftar periksa akurasi belum lengkap: Jabatan/)
    expect(checklistComplete({ ...base, item: item({ checklist: { names: true, titles: true, dates: true, numbers: true, quotes: true, sources: true } }) })).toBeNull()
    expect(publishAtInFuture({ ...base, item: item(), publishAt: '2025-12-31T00:00:00Z' })).toMatch(/masa depan/)
    expect(publishAtInFuture({ ...base, item: item(), publishAt: '2026-01-02T00:00:00Z' })).toBeNull()
    expect(correctionNoteGiven({ ...base, item: item({ firstPublishedAt: '2025-01-01' }) })).toMatch(/catatan koreksi/)
    expect(correctionNoteGiven({ ...base, item: item() })).toBeNull()
    expect(unmetConditions(TRANSITIONS.approve.gate, { ...base, item: item({ authors: [2], lastContentEditBy: 2 }) })).toHaveLength(3)
  })
})

describe('availableActions', () => {
  it('offers only what the role, OPD and state allow', () => {
    const writer = { id: 3, roles: ['writer' as const], units: [7] }
    const verifier = { id: 4, roles: ['verifier' as const], units: [] }
    expect(availableActions(item({ workflowState: 'draft' }), writer).map((t) => t.action)).toEqual(['submit'])
    expect(availableActions(item({ workflowState: 'draft', unit: 8 }), writer)).toEqual([])
    expect(availableActions(item({ workflowState: 'in_review' }), writer)).toEqual([])
    expect(availableActions(item({ workflowState: 'in_review' }), verifier).map((t) => t.action).sort()).toEqual(['approve', 'request_changes'])
    expect(availableActions(item({ workflowState: 'scheduled' }), verifier).map((t) => t.action).sort()).toEqual(['publish', 'unschedule'])
    expect(availableActions(item(), null)).toEqual([])
  })
})
