import { afterAll, beforeAll, expect, it } from 'vitest'

import { claimDueJobs, claimJob, queueDepth, renewJobLeases } from '@/jobs/claimJobs'

import type { TestPayload } from '../helpers/startPayload'

import { startPayload } from '../helpers/startPayload'
import { describeWithDatabase } from '../helpers/testDatabase'

const queueNotifications = (t: TestPayload, n: number) =>
  Promise.all(
    Array.from({ length: n }, (_, i) =>
      t.payload.jobs.queue({ task: 'sendNotification', input: { newsId: String(i), action: 'submit', audience: 'verifiers' } }),
    ),
  )

describeWithDatabase('worker job claim', () => {
  let t: TestPayload
  beforeAll(async () => {
    t = await startPayload('claim-jobs')
  })
  afterAll(async () => {
    await t?.stop()
  })

  it('concurrent runners claiming the same due jobs never own the same job', async () => {
    const jobs = await queueNotifications(t, 12)
    // Three runners poll at the same moment, as three worker processes would.
    const claims = await Promise.all([1, 2, 3].map(() => claimDueJobs(t.payload, { queue: 'default', limit: 12 })))
    const all = claims.flat().map(String)
    expect(new Set(all).size).toBe(all.length)
    expect(new Set(all)).toEqual(new Set(jobs.map((job) => String(job.id))))
    // Nothing is left to claim, and a direct claim of a taken job fails.
    expect(await claimDueJobs(t.payload, { queue: 'default', limit: 12 })).toEqual([])
    expect(await claimJob(t.payload, jobs[0]!.id, new Date(Date.now() - 60_000))).toBe(false)
  })

  it('a job whose runner died is claimable again once its lease lapsed', async () => {
    const [job] = await queueNotifications(t, 1)
    expect(await claimDueJobs(t.payload, { queue: 'default', limit: 5 })).toEqual([job!.id])
    // 11 minutes later the claim (10-minute lease) has lapsed.
    const later = new Date(Date.now() + 11 * 60_000)
    expect(await claimDueJobs(t.payload, { queue: 'default', limit: 50, now: later })).toContain(job!.id)
  })

  it('a job still running keeps its lease: renewed, it is not taken by another runner, nor re-claimed by its own', async () => {
    const [job] = await queueNotifications(t, 1)
    const leaseMs = 300
    // Claimed under the default lease: the earlier tests' jobs, claimed moments ago, are not due
    // again however slow the machine is (a 300 ms cutoff here made them lapse under load).
    expect(await claimDueJobs(t.payload, { queue: 'default', limit: 5 })).toEqual([job!.id])
    await new Promise((resolve) => setTimeout(resolve, leaseMs + 100))
    // The runner renews while the job runs: another runner polling now finds no lapsed lease.
    await renewJobLeases(t.payload, [job!.id])
    expect(await claimDueJobs(t.payload, { queue: 'default', limit: 50, leaseMs })).not.toContain(job!.id)
    // Past the lease again, the runner's own poll skips the job it is running.
    await new Promise((resolve) => setTimeout(resolve, leaseMs + 100))
    const own = await claimDueJobs(t.payload, { queue: 'default', limit: 50, leaseMs, running: new Set([job!.id]) })
    expect(own).not.toContain(job!.id)
    // Without renewal, a lapsed lease is a dead runner's: another runner takes the job over.
    expect(await claimDueJobs(t.payload, { queue: 'default', limit: 50, leaseMs })).toContain(job!.id)
  })

  it('reports queue depth and overdue jobs for the health check', async () => {
    const depth = await queueDepth(t.payload, 60_000, new Date(Date.now() + 5 * 60_000))
    expect(depth.depth).toBeGreaterThanOrEqual(13)
    // Claimed (processing) jobs are not overdue; none is waiting unclaimed.
    expect(depth.overdue).toBe(0)
    await queueNotifications(t, 1)
    expect((await queueDepth(t.payload, 60_000, new Date(Date.now() + 5 * 60_000))).overdue).toBe(1)
  })
})
