import type { Payload } from 'payload'

import { afterAll, beforeAll, expect, it } from 'vitest'

import type { Unit, User } from '@/payload-types'

import type { GraphqlCall } from '../helpers/graphql'
import type { RestCall } from '../helpers/rest'
import type { TestPayload } from '../helpers/startPayload'

import { createUnit, createUser, newsData } from '../helpers/fixtures'
import { graphqlClient } from '../helpers/graphql'
import { restClient, tokenFor } from '../helpers/rest'
import { startPayload } from '../helpers/startPayload'
import { describeWithDatabase } from '../helpers/testDatabase'

/** Keys of authentication data; none may appear in any answer (issue 9, findings 3 and 9). */
const AUTH_KEYS = /"(sessions|hash|salt|resetPasswordToken|resetPasswordExpiration|loginAttempts|lockUntil|apiKey|_verificationToken)"/

describeWithDatabase('authentication data in answers', () => {
  let t: TestPayload
  let payload: Payload
  let rest: RestCall
  let graphql: GraphqlCall
  let unit: Unit
  let admin: User
  let writer: User
  let adminToken: string
  let writerToken: string

  beforeAll(async () => {
    t = await startPayload('auth-fields')
    payload = t.payload
    rest = await restClient()
    graphql = await graphqlClient()
    unit = await createUnit(payload)
    admin = await createUser(payload, ['admin'])
    writer = await createUser(payload, ['writer'], [unit.id])
    adminToken = await tokenFor(payload, admin)
    writerToken = await tokenFor(payload, writer)
  })
  afterAll(async () => {
    await t?.stop()
  })

  it('leaves sessions out of populated authors, lists, by-id, me and GraphQL, for the owner and for admins', async () => {
    const created = await rest('POST', '/news', { token: writerToken, body: newsData(unit.id) })
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    const id = created.json.doc.id
    const answers = {
      patch: await rest('PATCH', `/news/${id}`, { token: writerToken, query: 'depth=1', body: { lead: 'Lead yang diubah penulis.' } }),
      byId: await rest('GET', `/news/${id}`, { token: writerToken, query: 'depth=2&draft=true' }),
      versions: await rest('GET', '/news/versions', { token: writerToken, query: `where[parent][equals]=${id}&depth=1` }),
      ownList: await rest('GET', '/users', { token: writerToken, query: 'limit=100' }),
      ownById: await rest('GET', `/users/${writer.id}`, { token: writerToken }),
      me: await rest('GET', '/users/me', { token: writerToken }),
      adminList: await rest('GET', '/users', { token: adminToken, query: 'limit=100' }),
      adminById: await rest('GET', `/users/${writer.id}`, { token: adminToken }),
    }
    const authors = answers.patch.json.doc.authors as { id: number; name?: string }[]
    expect(authors.map((author) => author.name)).toEqual([writer.name])
    for (const [name, answer] of Object.entries(answers)) {
      expect(answer.status, name).toBe(200)
      expect(JSON.stringify(answer.json), name).not.toMatch(AUTH_KEYS)
    }
    const gql = await graphql(`{ Users { docs { id sessions { id } } } meUser { user { id sessions { id } } } }`, writerToken)
    expect(JSON.stringify(gql.data)).not.toMatch(/"sessions":\[/)
    expect((gql.data?.meUser as { user: { id: number } }).user.id).toBe(writer.id)
  })

  it('keeps login, the session check, refresh and logout working', async () => {
    const login = await rest('POST', '/users/login', { body: { email: writer.email, password: 'rahasia-uji-123' } })
    expect(login.status).toBe(200)
    expect(JSON.stringify(login.json)).not.toMatch(AUTH_KEYS)
    const token = login.json.token as string
    expect((await rest('GET', '/users/me', { token })).json.user?.id).toBe(writer.id)

    const refresh = await rest('POST', '/users/refresh-token', { token })
    expect(refresh.status, JSON.stringify(refresh.json)).toBe(200)
    expect(JSON.stringify(refresh.json)).not.toMatch(AUTH_KEYS)
    const refreshed = refresh.json.refreshedToken as string
    expect((await rest('GET', '/users/me', { token: refreshed })).json.user?.id).toBe(writer.id)

    expect((await rest('POST', '/users/logout', { token: refreshed })).status).toBe(200)
    // The session is gone from the database: neither token of it authenticates any more.
    expect((await rest('GET', '/users/me', { token: refreshed })).json.user).toBeNull()
    expect((await rest('GET', '/users/me', { token })).json.user).toBeNull()
    // Other sessions of the same account are untouched.
    expect((await rest('GET', '/users/me', { token: writerToken })).json.user?.id).toBe(writer.id)
    const stored = await payload.findByID({ collection: 'users', id: writer.id, overrideAccess: true })
    expect((stored as { sessions?: unknown[] }).sessions?.length).toBeGreaterThan(0)
  })
})
