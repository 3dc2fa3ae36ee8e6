// `npm run worker`: a job runner process for scale-out (set JOBS_AUTORUN=false on the web
// instances when workers take the queue). Several workers may run against one database: each job
// is claimed with one conditional write (src/jobs/claimJobs.ts), so no job runs twice. With
// REDIS_URL what a job changes (scheduled publish, syndication results) reaches every web
// instance's caches. Up to WORKER_LIMIT jobs run at once, a free slot takes the next due job
// at once. SIGTERM/SIGINT: the running jobs finish, then the worker stops.
// Env: WORKER_QUEUE (default), WORKER_LIMIT (20), WORKER_IDLE_MS (1000), WORKER_SWEEP_MS (30000),
// JOB_LEASE_MS (600000), REDIS_URL, REDIS_PREFIX, LOG_FORMAT.
import { getPayload } from 'payload'

import { startFleet } from '../src/cache/startFleet'
import { claimDueJobs, DEFAULT_JOB_LEASE_MS, renewJobLeases } from '../src/jobs/claimJobs'
import { JOBS_SILENT } from '../src/jobs/jobsSilent'
import { recordRunnerTick } from '../src/jobs/runnerHeartbeat'
import { serverLog } from '../src/server/log'

const queue = process.env.WORKER_QUEUE || 'default'
const limit = Number(process.env.WORKER_LIMIT) || 20
const idleMs = Number(process.env.WORKER_IDLE_MS) || 1000
const leaseMs = Number(process.env.JOB_LEASE_MS) || DEFAULT_JOB_LEASE_MS

const fleet = process.env.REDIS_URL
  ? await startFleet({ url: process.env.REDIS_URL, prefix: process.env.REDIS_PREFIX, log: serverLog })
  : null
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
const { maybeRecoverStaleSyndications } = await import('../src/syndication/wiring/recoverStaleSyndications')

let stopping = false
let wake: (() => void) | null = null
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    serverLog.info(`[worker] ${signal}: finishing the current batch, then stopping`)
    wake?.()
  })
}

serverLog.info(`[worker] pid ${process.pid} running queue "${queue}" (limit ${limit})${fleet ? ' with the fleet' : ''}`)
// Up to `limit` jobs run at once, each on its own: a new due job is claimed as soon as a slot is
// free, not when the whole previous batch has finished — a scheduled publication must not wait
// behind a syndication job that spends seconds on remote calls and live checks.
const running = new Map<number | string, Promise<void>>()
// A job running longer than its lease keeps it (see renewJobLeases); a third of the lease leaves
// two renewals' slack for a stalled event loop.
const renewal = setInterval(() => {
  if (running.size === 0) return
  renewJobLeases(payload, [...running.keys()]).catch((error: unknown) =>
    payload.logger.warn({ err: error, msg: '[worker] could not renew job leases' }),
  )
}, Math.max(500, Math.floor(leaseMs / 3)))
while (!stopping) {
  let ran = 0
  try {
    await recordRunnerTick()
    await maybeRecoverStaleSyndications(payload, Number(process.env.WORKER_SWEEP_MS) || 30_000)
    const free = limit - running.size
    const claimed = free > 0 ? await claimDueJobs(payload, { queue, limit: free, leaseMs, running: new Set(running.keys()) }) : []
    ran = claimed.length
    if (ran) serverLog.info(`[worker] running ${ran} job(s): ${claimed.join(', ')}`)
    for (const id of claimed) {
      const job: Promise<void> = payload.jobs
        .runByID({ id, silent: JOBS_SILENT, overrideAccess: true })
        .catch((error: unknown) => {
          payload.logger.warn({ err: error, msg: `[worker] job ${id} could not run; it is retried after its lease` })
        })
        .then(() => {
          running.delete(id)
          wake?.()
        })
      running.set(id, job)
    }
  } catch (error) {
    payload.logger.warn({ err: error, msg: '[worker] run failed; continuing' })
  }
  if (ran === 0 && !stopping) {
    await new Promise<void>((resolve) => {
      wake = resolve
      setTimeout(resolve, idleMs)
    })
    wake = null
  }
}
// SIGTERM: the jobs already running finish; nothing new is claimed.
await Promise.all(running.values())
clearInterval(renewal)
await payload.destroy()
await fleet?.close()
serverLog.info('[worker] stopped')
process.exit(0)
