import { describe, expect, it } from 'vitest'

import { TRANSITION_ACTIONS } from '@/workflow/transitions'
import { SYNDICATION_STATES } from '@/collections/Syndications'
import { WORKFLOW_STATES } from '@/collections/News/workflowStates'
import {
  auditActionLabel,
  channelLabel,
  stateChangeLabel,
  syndicationOperationLabel,
  syndicationStateLabel,
  workflowStateLabel,
} from '@/i18n/labels'

describe('Indonesian label maps', () => {
  it('names every workflow action the audit log can hold, never the raw code', () => {
    for (const action of [...TRANSITION_ACTIONS, 'content_edit', 'channels_changed', 'user_access_changed', 'login_locked', 'syndication_retry']) {
      const label = auditActionLabel(action)
      expect(label, action).not.toBe(action)
      expect(label, action).not.toMatch(/_/)
    }
    expect(auditActionLabel('publish')).toBe('Diterbitkan')
    expect(auditActionLabel('approve')).toBe('Disetujui')
    expect(auditActionLabel('content_edit')).toBe('Isi diubah (kembali ke draf)')
  })

  it('turns an unknown code into words instead of showing underscores or nothing', () => {
    expect(auditActionLabel('something_new')).toBe('something new')
    expect(auditActionLabel(null)).toBe('—')
  })

  it('names every workflow and syndication state in Indonesian', () => {
    for (const { value } of WORKFLOW_STATES) expect(workflowStateLabel(value)).not.toBe(value)
    for (const state of SYNDICATION_STATES) expect(syndicationStateLabel(state)).not.toBe(state)
    expect(syndicationStateLabel('succeeded')).toBe('Berhasil')
    expect(syndicationStateLabel('skipped')).toBe('Dilewati')
    expect(syndicationStateLabel('failed')).toBe('Gagal')
    expect(syndicationOperationLabel(undefined)).toBe('Terbitkan')
    expect(channelLabel('youtube')).toBe('YouTube')
  })

  it('writes a state change with an arrow between Indonesian states', () => {
    expect(stateChangeLabel('in_review', 'approved')).toBe('Menunggu tinjauan → Disetujui')
    expect(stateChangeLabel(null, 'draft')).toBe('Draf')
    expect(stateChangeLabel('published', 'published')).toBe('Terbit')
    // Lock-out entries keep a time in `toState`: not a state, so nothing is shown for it.
    expect(stateChangeLabel(undefined, '2026-12-02T01:00:00.000Z')).toBe('')
  })
})
