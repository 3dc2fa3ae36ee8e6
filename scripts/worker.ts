// `npm run worker`: a job runner process for scale-out (set JOBS_AUTORUN=false on the web server
// when workers take the queue). Several workers may run against one database: syndication records
// are claimed with a conditional update, so a record never runs twice. Stops cleanly on SIGTERM/SIGINT.
import { getPayload } from 'payload'

const queue = process.env.WORKER_QUEUE || 'default'
const limit = Number(process.env.WORKER_LIMIT) || 20
const idleMs = Number(process.env.WORKER_IDLE_MS) || 1000

const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
const { maybeRecoverStaleSyndications } = await import('../src/syndication/wiring/recoverStaleSyndications')

let stopping = false
let wake: (() => void) | null = null
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    console.log(`[worker] ${signal}: finishing the current batch, then stopping`)
    wake?.()
  })
}

console.log(`[worker] pid ${process.pid} running queue "${queue}" (limit ${limit})`)
while (!stopping) {
  let ran = 0
  try {
    await maybeRecoverStaleSyndications(payload, Number(process.env.WORKER_SWEEP_MS) || 30_000)
    const result = await payload.jobs.run({ queue, limit })
    ran = Object.keys(result.jobStatus ?? {}).length
  } catch (error) {
    // e.g. a rival worker finished and deleted a job this one had also picked up (Payload's pick-up
    // is not atomic); the syndication claim already kept the work itself from running twice.
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
await payload.destroy()
console.log('[worker] stopped')
process.exit(0)
