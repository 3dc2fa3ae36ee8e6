import type { Payload } from 'payload'

import { afterAll, beforeAll, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import type { GraphqlCall } from '../helpers/graphql'
import type { RestCall } from '../helpers/rest'
import type { TestPayload } from '../helpers/startPayload'

import { createUnit, createUser } from '../helpers/fixtures'
import { graphqlClient } from '../helpers/graphql'
import { restClient } from '../helpers/rest'
import { startPayload } from '../helpers/startPayload'
import { describeWithDatabase } from '../helpers/testDatabase'

const PASSWORD = 'rahasia-uji-123'
const PARALLEL = 8

describeWithDatabase('concurrent logins of one account', () => {
  let t: TestPayload
  let payload: Payload
  let rest: RestCall
  let graphql: GraphqlCall
  let user: User

  beforeAll(async () => {
    t = await startPayload('concurrent-logins')
    payload = t.payload
    rest = await restClient()
    graphql = await graphqlClient()
    const unit = await createUnit(payload)
    user = await createUser(payload, ['verifier'], [unit.id])
  })
  afterAll(async () => {
    await t?.stop()
  })

  /** Every token must still name its user: a login must not drop the session of another one. */
  const expectAllSignedIn = async (tokens: string[]) => {
    const answers = await Promise.all(tokens.map((token) => rest('GET', '/users/me', { token })))
    expect(answers.map((answer) => answer.json.user?.id ?? null)).toEqual(tokens.map(() => user.id))
  }

  it('keeps every session when the same account signs in several times at once (REST)', async () => {
    const answers = await Promise.all(
      Array.from({ length: PARALLEL }, () => rest('POST', '/users/login', { body: { email: user.email, password: PASSWORD } })),
    )
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200))
    await expectAllSignedIn(answers.map((answer) => answer.json.token as string))
  })

  it('keeps every session for simultaneous GraphQL and Local API logins', async () => {
    const graphqlLogins = Array.from({ length: PARALLEL / 2 }, async () => {
      const answer = await graphql(`mutation { loginUser(email: "${user.email}", password: "${PASSWORD}") { token } }`)
      expect(answer.errors).toBeUndefined()
      return (answer.data?.loginUser as { token: string }).token
    })
    const localLogins = Array.from({ length: PARALLEL / 2 }, async () => {
      const { token } = await payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })
      return token!
    })
    await expectAllSignedIn(await Promise.all([...graphqlLogins, ...localLogins]))
  })

  it('signs out only the session that logs out while others sign in', async () => {
    const first = await rest('POST', '/users/login', { body: { email: user.email, password: PASSWORD } })
    const leaving = first.json.token as string
    const [logout, ...logins] = await Promise.all([
      rest('POST', '/users/logout', { token: leaving }),
      ...Array.from({ length: PARALLEL - 1 }, () => rest('POST', '/users/login', { body: { email: user.email, password: PASSWORD } })),
    ])
    expect(logout.status).toBe(200)
    expect((await rest('GET', '/users/me', { token: leaving })).json.user ?? null).toBeNull()
    await expectAllSignedIn(logins.map((answer) => answer.json.token as string))
  })
  it('prunes expired sessions at the next login and keeps the live ones', async () => {
    const hourAgo = new Date(Date.now() - 3_600_000)
    const live = await rest('POST', '/users/login', { body: { email: user.email, password: PASSWORD } })
    const stored = await payload.db.findOne<{ id: number; sessions: { id: string; createdAt: Date; expiresAt: Date }[] }>({
      collection: 'users',
      where: { id: { equals: user.id } },
    })
    const expired = { id: 'kedaluwarsa', createdAt: hourAgo, expiresAt: hourAgo }
    await payload.db.updateOne({ collection: 'users', id: user.id, data: { sessions: [...stored!.sessions, expired] }, returning: false })
    await rest('POST', '/users/login', { body: { email: user.email, password: PASSWORD } })
    const after = await payload.db.findOne<{ id: number; sessions: { id: string }[] }>({ collection: 'users', where: { id: { equals: user.id } } })
    expect(after!.sessions.map((session) => session.id)).not.toContain('kedaluwarsa')
    await expectAllSignedIn([live.json.token as string])
  })

  it('refreshes a token on the patched path: the session is extended, the user unchanged, other sessions kept', async () => {
    const [first, second] = await Promise.all(
      [0, 1].map(() => rest('POST', '/users/login', { body: { email: user.email, password: PASSWORD } })),
    )
    const before = await payload.db.findOne<{ id: number; name: string; sessions: { id: string; expiresAt: string }[] }>({
      collection: 'users',
      where: { id: { equals: user.id } },
    })
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const refreshed = await rest('POST', '/users/refresh-token', { token: first!.json.token as string })
    expect(refreshed.status, JSON.stringify(refreshed.json)).toBe(200)
    const after = await payload.db.findOne<{ id: number; name: string; sessions: { id: string; expiresAt: string }[] }>({
      collection: 'users',
      where: { id: { equals: user.id } },
    })
    expect(after!.name).toBe(before!.name)
    expect(after!.sessions.map((session) => session.id).sort()).toEqual(before!.sessions.map((session) => session.id).sort())
    const expiry = (sessions: { expiresAt: string }[]) => Math.max(...sessions.map((session) => new Date(session.expiresAt).getTime()))
    expect(expiry(after!.sessions)).toBeGreaterThan(expiry(before!.sessions))
    await expectAllSignedIn([refreshed.json.refreshedToken as string, second!.json.token as string])
  })
})
