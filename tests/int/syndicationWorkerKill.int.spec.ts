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

// Short record and job leases so that worker B takes over within seconds. They assume a machine
// that is not saturated: a stall longer than the lease makes worker A re-queue its own work, so
// `npm test` runs this file on its own after Vitest (vitest.config.mts, WARTA_RUN_ALONE_LATER).
const LEASE_MS = 1500
const JOB_LEASE_MS = 5000
/** Items (× 3 channels): enough for several Instagram posts in flight when the first worker dies. */
const ITEMS = 3
/**
 * Inner waits (worker boots included: tsx compiles the config in each child, 20–40 s on a loaded
 * 2-CPU machine), each bounded so that together they fit the test's own timeout.
 */
const WAIT_A_BOOT_MS = 120_000
const WAIT_A_MS = 45_000
const WAIT_B_START_MS = 120_000
const WAIT_B_DONE_MS = 60_000
const WAIT_EXIT_MS = 15_000
const TEST_TIMEOUT_MS = 30_000 + WAIT_A_BOOT_MS + WAIT_A_MS + WAIT_B_START_MS + WAIT_B_DONE_MS + WAIT_EXIT_MS

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
      // A job the killed worker had claimed but not yet started (its record still `queued`) is
      // taken over after this job lease (default 10 min), not by the record sweep.
      JOB_LEASE_MS: String(JOB_LEASE_MS),
      WORKER_SWEEP_MS: '500',
      WORKER_IDLE_MS: '200',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => logs.push(chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => logs.push(chunk.toString()))
  return child
}

const waitFor = async (what: string, check: () => Promise<boolean> | boolean, timeoutMs = 90_000, logs: string[] = []) => {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}; the worker's last output:\n${logs.join('').slice(-2000)}`)
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

  it('SIGKILL during a batch, then another worker: every record succeeds, nothing posted twice, SIGTERM stops cleanly', { timeout: TEST_TIMEOUT_MS }, async () => {
    const cover = (await createCover(payload)).id
    const items = []
    for (let i = 0; i < ITEMS; i++) {
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
    expect(await all()).toHaveLength(ITEMS * 3)

    fakeNetwork.latencyMs = 250
    const logsA: string[] = []
    const a = startWorker(logsA)
    children.push(a)
    // Booting (tsx compiles the config in the child) is the slow, load-dependent part: waited for
    // on its own, so the containers wait measures the worker's work only.
    await waitFor('worker A to start', () => logsA.join('').includes('[worker] pid'), WAIT_A_BOOT_MS, logsA)
    await waitFor('worker A to create Instagram containers', () => h.fakes.instagram.containers.size >= 2, WAIT_A_MS, logsA)
    a.kill('SIGKILL')
    await new Promise((resolve) => a.once('exit', resolve))
    const afterKill = await all()
    expect(afterKill.some((r) => r.state === 'running'), 'the kill left records mid-flight').toBe(true)

    const logsB: string[] = []
    const b = startWorker(logsB)
    children.push(b)
    await waitFor('worker B to start', () => logsB.join('').includes('[worker] pid'), WAIT_B_START_MS, logsB)
    await waitFor(
      'worker B to finish every record',
      async () => (await all()).every((r) => ['succeeded', 'failed', 'skipped'].includes(r.state)),
      WAIT_B_DONE_MS,
      logsB,
    )
    const exited = new Promise((resolve) => b.once('exit', resolve))
    b.kill('SIGTERM')
    const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('no exit'), WAIT_EXIT_MS))])
    expect(code, logsB.join('').slice(-3000)).toBe(0)
    // B took A's work over by one of the two ways, whichever came first: the stale sweep re-queued
    // the records (their leases had expired), or B claimed the jobs A had claimed (their job leases
    // had expired) and those jobs reclaimed their records. Which one depends on how fast B boots.
    const jobIds = (logs: string[]) => [...logs.join('').matchAll(/running \d+ job\(s\): ([\d, ]+)/g)].flatMap((m) => m[1]!.split(', '))
    const tookOverJobs = jobIds(logsB).some((id) => jobIds(logsA).includes(id))
    expect(/re-queued \d+ record/.test(logsB.join('')) || tookOverJobs, logsB.join('').slice(-2000)).toBe(true)

    const records = await all()
    expect(records.map((r) => `${r.channel}:${r.state}:${r.lastError ?? ''}`).filter((s) => !s.includes(':succeeded:'))).toEqual([])
    const igIds = records.filter((r) => r.channel === 'instagram').map((r) => r.remoteId)
    expect(new Set(igIds).size).toBe(ITEMS)
    expect(h.fakes.instagram.publishLog).toHaveLength(ITEMS)
    expect(h.fakes.instagram.publishLog.map((p) => p.mediaId).sort()).toEqual([...igIds].sort())
    const deliveryIds = new Set(h.fakes.portal.deliveries.map((d) => d.deliveryId))
    expect(deliveryIds.size).toBe(ITEMS)
  })
})
