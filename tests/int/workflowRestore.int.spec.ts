import type { Payload } from 'payload'

import { afterAll, beforeAll, expect, it } from 'vitest'

import type { News, Unit, User } from '@/payload-types'

import type { RestCall } from '../helpers/rest'
import type { TestPayload } from '../helpers/startPayload'

import { createUnit, createUser } from '../helpers/fixtures'
import { restClient, tokenFor } from '../helpers/rest'
import { startPayload } from '../helpers/startPayload'
import { describeWithDatabase } from '../helpers/testDatabase'
import { createDraft } from '../helpers/workflow'

describeWithDatabase('restore a retracted item into review (issue 10 #15)', () => {
  let t: TestPayload
  let payload: Payload
  let rest: RestCall
  let unit: Unit
  let writer: User
  let verifier: User
  const tokens = new Map<User['id'], string>()

  const act = async (user: User, id: News['id'], body: Record<string, unknown>) =>
    rest('POST', `/news/${id}/transition`, { token: tokens.get(user.id), body })

  beforeAll(async () => {
    t = await startPayload('workflow-restore')
    payload = t.payload
    rest = await restClient()
    await createUser(payload, ['admin'])
    unit = await createUnit(payload)
    writer = await createUser(payload, ['writer'], [unit.id])
    verifier = await createUser(payload, ['verifier'])
    for (const user of [writer, verifier]) tokens.set(user.id, await tokenFor(payload, user))
  })
  afterAll(async () => {
    await t?.stop()
  })

  it('needs a comment and the desk; goes to review, is audited, and the public notice stays until re-published', async () => {
    const item = await createDraft(payload, writer, unit.id, 'Berita Dipulihkan')
    expect((await act(writer, item.id, { action: 'submit' })).status).toBe(200)
    expect((await act(verifier, item.id, { action: 'approve' })).status).toBe(200)
    expect((await act(verifier, item.id, { action: 'publish' })).status).toBe(200)
    expect((await act(verifier, item.id, { action: 'retract', reason: 'Data keliru.' })).status).toBe(200)

    expect((await act(writer, item.id, { action: 'restore', comment: 'Sudah dibetulkan.' })).status).toBe(403)
    const missing = await act(verifier, item.id, { action: 'restore', comment: '  ' })
    expect(missing.status).toBe(422)
    expect(missing.json.errors[0].message).toMatch(/komentar/i)

    const restored = await act(verifier, item.id, { action: 'restore', comment: 'Data sudah dibetulkan penulis.' })
    expect(restored.status, JSON.stringify(restored.json)).toBe(200)
    expect(restored.json.doc.workflowState).toBe('in_review')

    const audit = await payload.find({ collection: 'audit-log', where: { and: [{ news: { equals: item.id } }, { action: { equals: 'restore' } }] } })
    expect(audit.docs.map((d) => [d.fromState, d.toState, d.comment, typeof d.actor === 'object' ? d.actor?.id : d.actor])).toEqual([
      ['retracted', 'in_review', 'Data sudah dibetulkan penulis.', verifier.id],
    ])
    // Readers still get the retraction notice, not the content under review.
    const anonymous = await rest('GET', `/news/${item.id}`)
    expect(anonymous.json.retraction.reason).toBe('Data keliru.')
    expect(anonymous.json.body).toBeUndefined()
    // A second restore is not possible from review.
    expect((await act(verifier, item.id, { action: 'restore', comment: 'lagi' })).status).toBe(409)

    expect((await act(verifier, item.id, { action: 'approve' })).status).toBe(200)
    const withoutNote = await act(verifier, item.id, { action: 'publish' })
    expect(withoutNote.status).toBe(422)
    const republished = await act(verifier, item.id, { action: 'publish', note: 'Data jumlah peserta dibetulkan.' })
    expect(republished.status, JSON.stringify(republished.json)).toBe(200)
    expect(republished.json.doc.workflowState).toBe('published')
  })
})
