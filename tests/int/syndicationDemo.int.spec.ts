import type { Payload } from 'payload'

import { spawn, type ChildProcess } from 'node:child_process'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { Syndication } from '@/payload-types'

import type { TestPayload } from '../helpers/startPayload'

import { startPayload } from '../helpers/startPayload'
import { runJobsUntilIdle, startRestServer, TEST_SECRET_KEY } from '../helpers/syndication'
import { describeWithDatabase } from '../helpers/testDatabase'

/**
 * The demo path without a Next build: scripts/fake-platforms.ts as a child process (as demo.mjs
 * starts it), WARTA_FAKE_PLATFORMS in the env, the demo seed → queueInitialSyndication → jobs.
 * The portal's live check needs the real server, so it is switched off here.
 */
describeWithDatabase('demo wiring: seeded items syndicate to the fake platforms', () => {
  let t: TestPayload
  let payload: Payload
  let fakes: ChildProcess
  let rest: Awaited<ReturnType<typeof startRestServer>>

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
    t = await startPayload('synd-demo')
    payload = t.payload
  })
  afterAll(async () => {
    delete process.env.WARTA_FAKE_PLATFORMS
    fakes?.kill('SIGTERM')
    await t?.stop()
    await rest?.close()
  })

  it('seed → records for published items → Instagram and YouTube succeed with permalinks', async () => {
    const { seedDemo } = await import('@/seed/seedDemo')
    await seedDemo(payload, { log: () => undefined })
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
  }, 240_000) // seeding the whole demo takes ~60 s on a loaded 2-core machine
})
