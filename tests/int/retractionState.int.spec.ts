import type { Payload } from 'payload'

import { afterAll, beforeAll, expect, it, vi } from 'vitest'

import type { Unit, User } from '@/payload-types'

import { loadRetractions } from '@/bootstrap/loadRetractions'
import { isRetracted } from '@/data/retractionRegistry'

import type { TestPayload } from '../helpers/startPayload'

import { createUnit, createUser } from '../helpers/fixtures'
import { startPayload } from '../helpers/startPayload'
import { describeWithDatabase } from '../helpers/testDatabase'
import { createDraft, transition } from '../helpers/workflow'

vi.mock('next/cache', () => ({ revalidateTag: () => {} }))

/**
 * The proxy/server answer 410 from the registry the retraction hook updates in the same call, so a
 * retraction is a 410 from the first request after the transition returned (no polling window).
 */
describeWithDatabase('retraction state for the proxy', () => {
  let t: TestPayload
  let payload: Payload
  let unit: Unit
  let writer: User
  let verifier: User
  beforeAll(async () => {
    t = await startPayload('retraction-state')
    payload = t.payload
    unit = await createUnit(payload)
    writer = await createUser(payload, ['writer'], [unit.id])
    verifier = await createUser(payload, ['verifier'])
  })
  afterAll(async () => {
    await t?.stop()
  })

  const published = async (title: string) => {
    const item = await createDraft(payload, writer, unit.id, title)
    await transition(payload, writer, item.id, { action: 'submit' })
    await transition(payload, verifier, item.id, { action: 'approve' })
    return transition(payload, verifier, item.id, { action: 'publish' })
  }

  it('loads retracted slugs at boot and flips an article to retracted when the transition returns', async () => {
    const old = await published('Berita lama yang dicabut')
    await transition(payload, verifier, old.id, { action: 'retract', reason: 'Data keliru.' })
    await loadRetractions(payload)
    expect(await isRetracted(old.slug!)).toBe(true)

    const item = await published('Berita yang akan dicabut')
    expect(await isRetracted(item.slug!)).toBe(false)
    await transition(payload, verifier, item.id, { action: 'retract', reason: 'Acara dibatalkan penyelenggara.' })
    expect(await isRetracted(item.slug!)).toBe(true)
  })
})
