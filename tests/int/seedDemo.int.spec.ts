import { afterAll, beforeAll, expect, it } from 'vitest'

import type { TestPayload } from '../helpers/startPayload'

import { seedDemo } from '@/seed/seedDemo'

import { startPayload } from '../helpers/startPayload'
import { describeWithDatabase } from '../helpers/testDatabase'

describeWithDatabase('demo seed', () => {
  let t: TestPayload
  const printed: string[] = []
  beforeAll(async () => {
    t = await startPayload('seed')
  })
  afterAll(async () => {
    await t?.stop()
  })

  it('seeds a realistic demo on an empty database and prints the credentials once', async () => {
    const summary = await seedDemo(t.payload, { log: (m) => printed.push(m) })
    expect(summary).toMatchObject({ seeded: true, units: 12, users: 4 })
    expect(summary.news).toBeGreaterThanOrEqual(30)

    const states = new Set<string>()
    const all = await t.payload.find({ collection: 'news', limit: 200, draft: true, depth: 0 })
    for (const doc of all.docs) states.add(String(doc.workflowState))
    expect([...states].sort()).toEqual(['approved', 'draft', 'in_review', 'published', 'retracted', 'scheduled'])

    const users = await t.payload.find({ collection: 'users', limit: 10, depth: 0 })
    const roles = users.docs.flatMap((u) => u.roles)
    expect(roles.filter((r) => r === 'admin')).toHaveLength(1)
    expect(roles.filter((r) => r === 'verifier')).toHaveLength(1)
    expect(roles.filter((r) => r === 'writer')).toHaveLength(2)

    const banner = printed.find((m) => m.includes('Akun demo'))
    expect(banner).toBeDefined()
    // Each printed password logs in.
    for (const user of users.docs) {
      const password = banner!.match(new RegExp(`${user.email.replace('.', '\\.')}\\s+kata sandi: (\\S+)`))?.[1]
      expect(password, user.email).toBeTruthy()
      const login = await t.payload.login({ collection: 'users', data: { email: user.email, password: password! } })
      expect(login.token).toBeTruthy()
    }

    const media = await t.payload.find({ collection: 'media', limit: 1 })
    expect(media.docs[0].sizes?.og?.width).toBe(1200)

    // The audit log tells each item's history: every state past "draft" has the steps that led
    // there, by the right people, in order, dated before now.
    const audit = await t.payload.find({ collection: 'audit-log', limit: 1000, depth: 0, sort: 'createdAt', pagination: false })
    const writerIds = new Set(users.docs.filter((u) => u.roles.includes('writer')).map((u) => u.id))
    const verifierId = users.docs.find((u) => u.roles.includes('verifier'))!.id
    const expected: Record<string, string[]> = {
      draft: [],
      in_review: ['submit'],
      approved: ['submit', 'approve'],
      scheduled: ['submit', 'approve', 'schedule'],
      published: ['submit', 'approve', 'publish'],
      retracted: ['submit', 'approve', 'publish', 'retract'],
    }
    for (const doc of all.docs) {
      const trail = audit.docs.filter((entry) => entry.news === doc.id)
      expect(trail.map((entry) => entry.action), doc.title).toEqual(expected[String(doc.workflowState)])
      if (trail.length === 0) continue
      expect(trail.at(-1)!.toState).toBe(doc.workflowState)
      expect(writerIds.has(trail[0]!.actor as number) || trail[0]!.actor === users.docs.find((u) => u.roles.includes('admin'))!.id).toBe(true)
      for (const entry of trail.slice(1)) expect(entry.actor).toBe(verifierId)
      for (const entry of trail) expect(Date.parse(entry.createdAt)).toBeLessThanOrEqual(Date.now())
    }
  }, 240_000) // seeding the whole demo takes ~60 s on a loaded 2-core machine

  it('never seeds a database that already has users', async () => {
    const before = await t.payload.count({ collection: 'news' })
    const again = await seedDemo(t.payload, { log: (m) => printed.push(m) })
    expect(again.seeded).toBe(false)
    expect((await t.payload.count({ collection: 'news' })).totalDocs).toBe(before.totalDocs)
    expect(printed.filter((m) => m.includes('Akun demo'))).toHaveLength(1)
  })
})
