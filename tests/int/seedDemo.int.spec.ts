import { spawn, type ChildProcess } from 'node:child_process'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { Syndication } from '@/payload-types'
import type { SeedSummary } from '@/seed/seedDemo'

import type { TestPayload } from '../helpers/startPayload'

import { createAdminFromEnv } from '@/bootstrap/createAdminFromEnv'
import { seedDemo } from '@/seed/seedDemo'

import { startPayload } from '../helpers/startPayload'
import { runJobsUntilIdle, startRestServer, TEST_SECRET_KEY } from '../helpers/syndication'
import { describeWithDatabase } from '../helpers/testDatabase'

const ADMIN = { email: 'kepala.humas@kota.go.id', password: 'sandi-pilihan-789' }

/**
 * The demo as `npm run demo` builds it, without a Next build: scripts/fake-platforms.ts as a child
 * process (as demo.mjs starts it), WARTA_FAKE_PLATFORMS in the env, ADMIN_EMAIL/ADMIN_PASSWORD
 * given, the demo seed → queueInitialSyndication → jobs. Seeding the whole demo is the costly part
 * (~60 s on a loaded 2-core machine), so it runs once and every test reads the same database.
 * The portal's live check needs the real server, so it is switched off here.
 */
describeWithDatabase('demo seed', () => {
  let t: TestPayload
  let fakes: ChildProcess
  let rest: Awaited<ReturnType<typeof startRestServer>>
  let summary: SeedSummary
  const printed: string[] = []

  beforeAll(async () => {
    fakes = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', 'scripts/fake-platforms.ts'], {
      env: { ...process.env, NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    const info = await new Promise<string>((resolve, reject) => {
      let buffer = ''
      fakes.stdout?.on('data', (chunk: Buffer) => {
        buffer += chunk.toString()
        const match = /^WARTA_FAKE_PLATFORMS=(.+)$/m.exec(buffer)
        if (match) resolve(match[1] as string)
      })
      fakes.once('exit', (code) => reject(new Error(`fake platforms exited ${code}`)))
    })
    rest = await startRestServer()
    Object.assign(process.env, {
      WARTA_FAKE_PLATFORMS: info,
      PUBLIC_URL: rest.url,
      WARTA_SECRET_KEY: TEST_SECRET_KEY,
      WARTA_SYNDICATION_MAX_DELAY_MS: '300',
      WARTA_SYNDICATION_RETRY_BASE_MS: '100',
    })
    t = await startPayload('seed')
    summary = await seedDemo(t.payload, { adminEmail: ADMIN.email, adminPassword: ADMIN.password, log: (m) => printed.push(m) })
  }, 240_000)
  afterAll(async () => {
    delete process.env.WARTA_FAKE_PLATFORMS
    fakes?.kill('SIGTERM')
    await t?.stop()
    await rest?.close()
  })

  it('seeds a realistic demo on an empty database and prints the credentials once', async () => {
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
      const password = banner!.match(new RegExp(`${user.email.replaceAll('.', '\\.')}\\s+kata sandi: (\\S+)`))?.[1]
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
  })

  it('gives the admin the configured credentials (ADMIN_EMAIL/ADMIN_PASSWORD)', async () => {
    const login = await t.payload.login({ collection: 'users', data: ADMIN })
    expect(login.user?.roles).toEqual(['admin'])
  })

  it('production bootstrap creates no admin once users exist', async () => {
    const created = await createAdminFromEnv(t.payload, { email: 'lain@kota.go.id', password: 'sandi-lain-123' })
    expect(created).toBe(false)
    expect((await t.payload.count({ collection: 'users', where: { email: { equals: 'lain@kota.go.id' } } })).totalDocs).toBe(0)
  })

  it('never seeds a database that already has users', async () => {
    const before = await t.payload.count({ collection: 'news' })
    const again = await seedDemo(t.payload, { log: (m) => printed.push(m) })
    expect(again.seeded).toBe(false)
    expect((await t.payload.count({ collection: 'news' })).totalDocs).toBe(before.totalDocs)
    expect(printed.filter((m) => m.includes('Akun demo'))).toHaveLength(1)
  })

  it('syndicates the seeded published items: Instagram and YouTube succeed with permalinks', async () => {
    const { payload } = t
    const channels = (await payload.db.findGlobal({ slug: 'channels' })) as { instagram: { accessToken: string } }
    expect(channels.instagram.accessToken).toMatch(/^v1:/)
    await payload.updateGlobal({ slug: 'channels', data: { portal: { liveCheck: false } }, overrideAccess: true })
    await runJobsUntilIdle(payload, { timeoutMs: 90_000 })
    const { docs } = await payload.find({ collection: 'syndications', limit: 200, depth: 0, overrideAccess: true })
    const records = docs as Syndication[]
    const social = records.filter((r) => r.channel !== 'portal')
    expect(social.map((r) => r.channel).sort()).toEqual(expect.arrayContaining(['instagram', 'youtube']))
    expect(records.filter((r) => r.state !== 'succeeded').map((r) => `${r.channel}: ${r.lastError}`)).toEqual([])
    for (const record of social) expect(record.permalink).toMatch(/^https:\/\//)
  }, 120_000)
})
