import type { Payload } from 'payload'

import { afterAll, beforeAll, expect, it } from 'vitest'

import type { Unit, User } from '@/payload-types'

import { openChangeRequests } from '@/components/ChangeRequestNotice/openChangeRequest'

import type { RestCall } from '../helpers/rest'
import type { TestPayload } from '../helpers/startPayload'

import { createUnit, createUser } from '../helpers/fixtures'
import { restClient, tokenFor } from '../helpers/rest'
import { startPayload } from '../helpers/startPayload'
import { describeWithDatabase } from '../helpers/testDatabase'
import { createDraft } from '../helpers/workflow'

describeWithDatabase('writer–desk conversation on an item (issue 10 #2)', () => {
  let t: TestPayload
  let payload: Payload
  let rest: RestCall
  let unit: Unit
  let otherUnit: Unit
  let writer: User
  let outsider: User
  let verifier: User
  const tokens = new Map<User['id'], string>()
  const as = (user: User) => ({ token: tokens.get(user.id) })

  beforeAll(async () => {
    t = await startPayload('news-discussion')
    payload = t.payload
    rest = await restClient()
    await createUser(payload, ['admin'])
    unit = await createUnit(payload)
    otherUnit = await createUnit(payload)
    writer = await createUser(payload, ['writer'], [unit.id])
    outsider = await createUser(payload, ['writer'], [otherUnit.id])
    verifier = await createUser(payload, ['verifier'])
    for (const user of [writer, outsider, verifier]) tokens.set(user.id, await tokenFor(payload, user))
  })
  afterAll(async () => {
    await t?.stop()
  })

  it('is scoped to the item OPD and the desk, append-only, audited and e-mailed', async () => {
    const item = await createDraft(payload, writer, unit.id)
    const fromDesk = await rest('POST', '/news-discussion', { ...as(verifier), body: { news: item.id, body: 'Siapa narasumbernya?', author: writer.id, unit: otherUnit.id } })
    expect(fromDesk.status, JSON.stringify(fromDesk.json)).toBe(201)
    // Author and unit come from the server, not from the request.
    expect([fromDesk.json.doc.author?.id ?? fromDesk.json.doc.author, fromDesk.json.doc.unit?.id ?? fromDesk.json.doc.unit]).toEqual([verifier.id, unit.id])
    expect((await rest('POST', '/news-discussion', { ...as(writer), body: { news: item.id, body: 'Kepala Dinas.' } })).status).toBe(201)

    const refused = await rest('POST', '/news-discussion', { ...as(outsider), body: { news: item.id, body: 'Boleh ikut?' } })
    expect(refused.status).toBe(403)
    expect(refused.json.errors[0].message).toMatch(/OPD lain/)
    expect((await rest('POST', '/news-discussion', { body: { news: item.id, body: 'anonim' } })).status).toBe(403)

    const query = `where[news][equals]=${item.id}&sort=createdAt`
    const seenByWriter = await rest('GET', '/news-discussion', { ...as(writer), query })
    expect(seenByWriter.json.docs.map((d: { body: string }) => d.body)).toEqual(['Siapa narasumbernya?', 'Kepala Dinas.'])
    expect((await rest('GET', '/news-discussion', { ...as(outsider), query })).json.docs).toEqual([])
    // Anonymous: refused by the query guard (400, filter on a staff-only field) or by access (403).
    expect([400, 403]).toContain((await rest('GET', '/news-discussion', { query })).status)

    const id = fromDesk.json.doc.id
    expect((await rest('PATCH', `/news-discussion/${id}`, { ...as(verifier), body: { body: 'diubah' } })).status).toBe(403)
    expect((await rest('DELETE', `/news-discussion/${id}`, { ...as(verifier) })).status).toBe(403)

    const audit = await payload.find({ collection: 'audit-log', where: { and: [{ news: { equals: item.id } }, { action: { equals: 'discussion' } }] }, sort: 'createdAt' })
    expect(audit.docs.map((d) => d.comment)).toEqual(['Siapa narasumbernya?', 'Kepala Dinas.'])
    const jobs = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendNotification' } }, limit: 50 })
    const discussionJobs = jobs.docs
      .map((job) => job.input as { newsId: string; action: string; audience: string })
      .filter((input) => input.action === 'discussion' && input.newsId === String(item.id))
    expect(discussionJobs.map((input) => input.audience).sort()).toEqual(['authors', 'verifiers'])
  })

  it('the open change request (who, when, what) is found until the item is submitted again', async () => {
    const item = await createDraft(payload, writer, unit.id)
    const act = (user: User, body: Record<string, unknown>) => rest('POST', `/news/${item.id}/transition`, { ...as(user), body })
    expect((await act(writer, { action: 'submit' })).status).toBe(200)
    expect((await openChangeRequests(payload, [item.id])).size).toBe(0)
    expect((await act(verifier, { action: 'request_changes', comment: 'Tambahkan foto.\nPerbaiki judul.' })).status).toBe(200)
    const open = (await openChangeRequests(payload, [item.id])).get(String(item.id))
    expect(open).toMatchObject({ comment: 'Tambahkan foto.\nPerbaiki judul.', by: verifier.name })
    expect(Date.parse(open?.at ?? '')).toBeGreaterThan(Date.now() - 60_000)
    expect((await act(writer, { action: 'submit' })).status).toBe(200)
    expect((await openChangeRequests(payload, [item.id])).size).toBe(0)
  })
})
