import type { Payload } from 'payload'

import { spawn, type ChildProcess } from 'node:child_process'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { Syndication, Unit, User } from '@/payload-types'

import type { SyndicationHarness } from '../helpers/syndication'

import { fakeNetwork } from '../fakes'
import { createUnit, createUser } from '../helpers/fixtures'
import { addVideo, approvedItemWithChannels, createCover, fakeInfo, startSyndicationHarness } from '../helpers/syndication'
import { applyFakePlatformSettings } from '@/syndication/wiring/fakePlatforms'
import { describeWithDatabase } from '../helpers/testDatabase'
import { transition } from '../helpers/workflow'

const LEASE_MS = 1500

/**
 * `scripts/worker.ts` as a real child process against the test database. One process (tsx as an
 * import hook, not the tsx CLI, which would run the script in a grandchild that SIGKILL misses).
 */
const startWorker = (logs: string[]): ChildProcess => {
  const child = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', 'scripts/worker.ts'], {
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      JOBS_AUTORUN: 'false',
      WARTA_DB_PUSH: 'false',
      WARTA_SYNDICATION_LEASE_MS: String(LEASE_MS),
      WORKER_SWEEP_MS: '500',
      WORKER_IDLE_MS: '200',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => logs.push(chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => logs.push(chunk.toString()))
  return child
}

const waitFor = async (what: string, check: () => Promise<boolean> | boolean, timeoutMs = 90_000) => {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describeWithDatabase('syndication worker killed mid-job (real child processes)', () => {
  let h: SyndicationHarness
  let payload: Payload
  let unit: Unit
  let writer: User
  let verifier: User
  const children: ChildProcess[] = []

  beforeAll(async () => {
    h = await startSyndicationHarness('synd-kill')
    payload = h.payload
    // The child cannot call the portal fake's in-process `revalidate`: no live check here.
    await applyFakePlatformSettings(payload, fakeInfo(h.fakes), { liveCheck: false })
    unit = await createUnit(payload)
    writer = await createUser(payload, ['writer'], [unit.id])
    verifier = await createUser(payload, ['verifier'])
  })
  afterAll(async () => {
    fakeNetwork.latencyMs = 0
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
    await h?.stopAll()
  })

  it('SIGKILL during a batch, then another worker: every record succeeds, nothing posted twice, SIGTERM stops cleanly', async () => {
    const cover = (await createCover(payload)).id
    const items = []
    for (let i = 0; i < 5; i++) {
      const item = await approvedItemWithChannels(payload, { writer, verifier }, unit.id, {
        title: `Berita pekerja ${i + 1}`,
        cover,
        instagram: true,
        youtubeVideoId: addVideo(h.fakes),
      })
      await transition(payload, verifier, item.id, { action: 'publish' })
      items.push(item)
    }
    const all = async () =>
      (await payload.find({ collection: 'syndications', limit: 100, depth: 0, overrideAccess: true })).docs as Syndication[]
    expect(await all()).toHaveLength(15)

    fakeNetwork.latencyMs = 250
    const logsA: string[] = []
    const a = startWorker(logsA)
    children.push(a)
    await waitFor('worker A to create Instagram containers', () => h.fakes.instagram.containers.size >= 2)
    a.kill('SIGKILL')
    await new Promise((resolve) => a.once('exit', resolve))
    const afterKill = await all()
    expect(afterKill.some((r) => r.state === 'running'), 'the kill left records mid-flight').toBe(true)

    const logsB: string[] = []
    const b = startWorker(logsB)
    children.push(b)
    await waitFor('worker B to start', () => logsB.join('').includes('[worker] pid'))
    await waitFor('worker B to finish every record', async () => (await all()).every((r) => ['succeeded', 'failed', 'skipped'].includes(r.state)))
    b.kill('SIGTERM')
    const code = await new Promise((resolve) => b.once('exit', resolve))
    expect(code, logsB.join('').slice(-3000)).toBe(0)
    expect(logsB.join('')).toMatch(/re-queued \d+ record/)

    const records = await all()
    expect(records.map((r) => `${r.channel}:${r.state}:${r.lastError ?? ''}`).filter((s) => !s.includes(':succeeded:'))).toEqual([])
    const igIds = records.filter((r) => r.channel === 'instagram').map((r) => r.remoteId)
    expect(new Set(igIds).size).toBe(5)
    expect(h.fakes.instagram.publishLog).toHaveLength(5)
    expect(h.fakes.instagram.publishLog.map((p) => p.mediaId).sort()).toEqual([...igIds].sort())
    const deliveryIds = new Set(h.fakes.portal.deliveries.map((d) => d.deliveryId))
    expect(deliveryIds.size).toBe(5)
  })
})
