import type { Payload } from 'payload'

import { createLocalReq, LockedAuth } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import type { RestCall } from '../helpers/rest'
import type { TestPayload } from '../helpers/startPayload'

import { auditLockout } from '@/collections/Users/hooks/auditLockout'

import { createUnit, createUser } from '../helpers/fixtures'
import { restClient, tokenFor } from '../helpers/rest'
import { startPayload } from '../helpers/startPayload'
import { describeWithDatabase } from '../helpers/testDatabase'

describeWithDatabase('audit log', () => {
  let t: TestPayload
  let payload: Payload
  let rest: RestCall
  let admin: User
  let adminToken: string

  beforeAll(async () => {
    t = await startPayload('audit-log')
    payload = t.payload
    rest = await restClient()
    admin = await createUser(payload, ['admin'])
    adminToken = await tokenFor(payload, admin)
  })
  afterAll(async () => {
    await t?.stop()
  })

  it('is append-only for everyone, admins included, through REST and the Local API', async () => {
    const entry = await payload.create({ collection: 'audit-log', data: { action: 'uji' } })
    expect((await rest('POST', '/audit-log', { token: adminToken, body: { action: 'palsu' } })).status).toBe(403)
    expect((await rest('PATCH', `/audit-log/${entry.id}`, { token: adminToken, body: { action: 'diubah' } })).status).toBe(403)
    expect((await rest('DELETE', `/audit-log/${entry.id}`, { token: adminToken })).status).toBe(403)
    expect((await rest('PATCH', '/audit-log', { token: adminToken, query: 'where[id][exists]=true', body: { action: 'x' } })).json.docs ?? []).toEqual([])
    expect((await rest('DELETE', '/audit-log', { token: adminToken, query: 'where[id][exists]=true' })).json.docs ?? []).toEqual([])
    await expect(
      payload.update({ collection: 'audit-log', id: entry.id, data: { action: 'x' }, user: admin, overrideAccess: false }),
    ).rejects.toThrow()
    const still = await payload.findByID({ collection: 'audit-log', id: entry.id })
    expect(still.action).toBe('uji')
    expect((await rest('GET', '/audit-log', { token: adminToken })).status).toBe(200)
  })

  it('records role and unit changes with actor and from → to', async () => {
    const unit = await createUnit(payload)
    const writer = await createUser(payload, ['writer'])
    const answer = await rest('PATCH', `/users/${writer.id}`, { token: adminToken, body: { roles: ['verifier'], units: [unit.id] } })
    expect(answer.status).toBe(200)
    const { docs } = await payload.find({ collection: 'audit-log', where: { action: { equals: 'user_access_changed' } }, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]?.actor).toBe(admin.id)
    expect(docs[0]?.fromState).toBe('peran: writer; OPD: ')
    expect(docs[0]?.toState).toBe(`peran: verifier; OPD: ${unit.id}`)
    expect(docs[0]?.comment).toContain(writer.email)
  })

  it('records which channel settings changed, never their values', async () => {
    const secret = 'EAAG-rahasia-token-123456'
    const answer = await rest('POST', '/globals/channels', {
      token: adminToken,
      body: { instagram: { accessToken: secret, igUserId: '1789' } },
    })
    expect(answer.status).toBe(200)
    const { docs } = await payload.find({ collection: 'audit-log', where: { action: { equals: 'channels_changed' } }, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]?.actor).toBe(admin.id)
    expect((docs[0]?.details as { fields: string[] }).fields).toEqual(expect.arrayContaining(['instagram.accessToken', 'instagram.igUserId']))
    expect(JSON.stringify(docs[0])).not.toContain(secret)
    expect(JSON.stringify(docs[0])).not.toContain('1789')
  })

  it('records a lock-out after too many failed logins, once per lock', async () => {
    const user = await createUser(payload, ['writer'])
    const statuses: number[] = []
    for (let attempt = 0; attempt < 7; attempt++) {
      statuses.push((await rest('POST', '/users/login', { body: { email: user.email, password: 'salah-sandi' } })).status)
    }
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401])
    const { docs } = await payload.find({ collection: 'audit-log', where: { action: { equals: 'login_locked' } }, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]?.actor).toBe(user.id)
    expect(docs[0]?.actorEmail).toBe(user.email)
    expect(Date.parse(docs[0]?.toState ?? '')).toBeGreaterThan(Date.now())
  })

  it('records a lock-out in a production build too, where error class names are minified', async () => {
    const user = await createUser(payload, ['writer'])
    const lockUntil = new Date(Date.now() + 60_000).toISOString()
    await payload.db.updateOne({ collection: 'users', id: user.id, data: { lockUntil, loginAttempts: 5 } })
    // What `next build` makes of Payload's LockedAuth: the same class, `name` mangled to one letter.
    const error = Object.assign(new LockedAuth(), { name: 'e' })
    const req = await createLocalReq({}, payload)
    req.data = { email: user.email.toUpperCase() }
    const collection = payload.collections.users.config
    await auditLockout({ collection, context: {}, error, req, result: undefined })
    const { docs } = await payload.find({ collection: 'audit-log', where: { and: [{ action: { equals: 'login_locked' } }, { actor: { equals: user.id } }] }, depth: 0 })
    expect(docs.map((entry) => entry.toState)).toEqual([lockUntil])
  })
})
