import { afterAll, beforeAll, expect, it } from 'vitest'

import type { TestPayload } from '../helpers/startPayload'

import { createUnit, createUser, newsData } from '../helpers/fixtures'
import { startPayload } from '../helpers/startPayload'
import { describeWithDatabase } from '../helpers/testDatabase'

describeWithDatabase('review acknowledgements', () => {
  let t: TestPayload
  beforeAll(async () => {
    t = await startPayload('review-acks')
  })
  afterAll(async () => {
    await t?.stop()
  })

  it('stores who acknowledged a finding and when, and only verifiers may acknowledge', async () => {
    await createUser(t.payload, ['admin'])
    const unit = await createUnit(t.payload)
    const writer = await createUser(t.payload, ['writer'], [unit.id])
    const verifier = await createUser(t.payload, ['verifier'])
    const item = await t.payload.create({ collection: 'news', data: newsData(unit.id), user: writer, overrideAccess: false })
    const ack = { key: 'weekday-date|body|senin (3/11)', rule: 'weekday-date', excerpt: 'Senin (3/11)', reason: 'Tanggal sudah dikonfirmasi ke panitia.' }

    // A writer's acknowledgement is refused outright (issue 9, finding 7), not dropped silently.
    await expect(
      t.payload.update({
        collection: 'news',
        id: item.id,
        data: { reviewAcknowledgements: [ack] },
        user: writer,
        overrideAccess: false,
        draft: true,
      }),
    ).rejects.toThrow(/verifikator/)
    const unchanged = await t.payload.findByID({ collection: 'news', id: item.id, draft: true, depth: 0 })
    expect(unchanged.reviewAcknowledgements ?? []).toHaveLength(0)

    const before = Date.now()
    const byVerifier = await t.payload.update({
      collection: 'news',
      id: item.id,
      data: { reviewAcknowledgements: [{ ...ack, acknowledgedBy: writer.id, acknowledgedAt: '2020-01-01T00:00:00.000Z' }] },
      user: verifier,
      overrideAccess: false,
      draft: true,
      depth: 0,
    })
    const row = byVerifier.reviewAcknowledgements?.[0]
    expect(row?.reason).toBe(ack.reason)
    expect(row?.acknowledgedBy).toBe(verifier.id)
    expect(new Date(row!.acknowledgedAt!).getTime()).toBeGreaterThanOrEqual(before - 1000)
  })
})
