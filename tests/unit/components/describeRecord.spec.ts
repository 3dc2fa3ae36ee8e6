import { describe, expect, it } from 'vitest'

import { attemptsMade, describeRecord, type RecordFacts } from '@/components/SyndicationPanel/describeRecord'
import { activeQuickFilter } from '@/components/WorkflowListLinks/activeQuickFilter'

const facts = (over: Partial<RecordFacts>): RecordFacts => ({
  channel: 'instagram',
  operation: 'publish',
  state: 'succeeded',
  attempts: 0,
  needsManualAction: false,
  manualActionReason: null,
  lastError: null,
  nextAttemptAt: null,
  ...over,
})

describe('Distribusi: describeRecord', () => {
  it('counts the successful send itself (the ledger counts failures only)', () => {
    expect(attemptsMade(facts({}))).toBe(1)
    expect(describeRecord(facts({})).attemptsLabel).toBe('1 kali')
    expect(describeRecord(facts({ attempts: 2 })).attemptsLabel).toBe('3 kali (2 gagal, lalu berhasil)')
    expect(describeRecord(facts({ state: 'failed', attempts: 5 })).attemptsLabel).toBe('5 kali')
    expect(describeRecord(facts({ state: 'skipped', needsManualAction: true })).attemptsLabel).toBe('tidak dikirim')
    expect(describeRecord(facts({ state: 'queued' })).attemptsLabel).toBe('belum dikirim')
  })

  it('explains a failure and what to do, and offers the retry button', () => {
    const described = describeRecord(facts({ state: 'failed', attempts: 1, lastError: 'Token Instagram kedaluwarsa.' }))
    expect(described.stateLabel).toBe('Gagal')
    expect(described.problem).toBe('Token Instagram kedaluwarsa.')
    expect(described.todo).toContain('Coba lagi')
    expect(described.canRetry).toBe(true)
  })

  it('tells the editor to act on the platform for a manual action, without a retry button', () => {
    const reason = 'Pencabutan berita tidak menyembunyikan video YouTube secara otomatis.'
    const described = describeRecord(facts({ channel: 'youtube', operation: 'remove', state: 'skipped', needsManualAction: true, manualActionReason: reason }))
    expect(described.title).toBe('YouTube · Hapus (pencabutan)')
    expect(described.problem).toBe(reason)
    expect(described.todo).toContain('langsung di YouTube')
    expect(described.canRetry).toBe(false)
  })

  it('sends a disabled channel to the admin settings', () => {
    const described = describeRecord(facts({ state: 'skipped', needsManualAction: true, manualActionReason: 'Kanal ini tidak aktif di pengaturan kanal distribusi.' }))
    expect(described.todo).toContain('mengaktifkan kanal')
  })

  it('needs nothing from the editor on a plain success', () => {
    expect(describeRecord(facts({})).todo).toBeNull()
  })
})

describe('quick filters: activeQuickFilter', () => {
  const filters = [
    { id: 'review', label: 'Perlu ditinjau', query: 'where[workflowState][equals]=in_review&sort=updatedAt' },
    { id: 'unit', label: 'Milik OPD saya', query: 'where[unit][in][0]=3&sort=-updatedAt' },
    { id: 'all', label: 'Semua', query: '' },
  ]
  it('marks the filter whose where-clause is in the address, ignoring page and sort', () => {
    expect(activeQuickFilter(filters, { 'where[workflowState][equals]': 'in_review', page: '2', sort: '-title' })).toBe('review')
    expect(activeQuickFilter(filters, { where: { unit: { in: ['3'] } } })).toBe('unit')
    expect(activeQuickFilter(filters, { limit: '10' })).toBe('all')
  })
  it('marks none for a custom filter', () => {
    expect(activeQuickFilter(filters, { 'where[workflowState][equals]': 'draft' })).toBeUndefined()
  })
})
