import { describe, expect, it } from 'vitest'

import { expectRetractedSlugs, isRetracted, loadRetractedSlugs, setRetracted } from '@/data/retractionRegistry'

describe('retraction registry', () => {
  it('answers at once after a retraction in this process, and keeps changes made while the boot load ran', async () => {
    expectRetractedSlugs()
    const queriedAt = Date.now()
    const pending = isRetracted('baru-dicabut')
    setRetracted('baru-dicabut', true)
    setRetracted('lama-dicabut', false)
    // The load started before both changes: its (older) answer must not undo them.
    loadRetractedSlugs(['lama-dicabut'], queriedAt - 1)
    expect(await pending).toBe(true)
    expect(await isRetracted('lama-dicabut')).toBe(false)
    expect(await isRetracted('lain')).toBe(false)
    loadRetractedSlugs(['lama-dicabut'], Date.now() + 1)
    expect(await isRetracted('lama-dicabut')).toBe(true)
  })
})
