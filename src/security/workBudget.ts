/**
 * A per-account budget of server time for expensive work (the review assistant on the server:
 * the approval gate and the word check). One logged-in account sending hostile text could
 * otherwise hold the event loop for seconds per request, request after request.
 *
 * A leaky bucket measured in milliseconds of work: each run's CPU time on this thread is charged to
 * its key (not its wall time: on a saturated machine an editor's ordinary submit would otherwise be
 * charged for the time the OS gave to other processes, and refused); the bucket drains at
 * `msPerMinute` per minute of wall time; a key whose bucket holds `msPerMinute` or more is
 * refused until it has drained below that. Check, work and charge happen in one synchronous
 * step, so concurrent requests cannot all pass the check before any of them is charged (the
 * reason this is not built on an asynchronous rate-limiter library). Per process: each instance
 * protects its own event loop.
 */
export type BudgetedRun<T> = { ok: true; value: T } | { ok: false; retryAfterSeconds: number }

export interface WorkBudget {
  run<T>(key: string, work: () => T): BudgetedRun<T>
}

interface Bucket {
  level: number
  at: number
}

/** Keys are staff accounts, so few; the sweep only guards against an unforeseen key source. */
const SWEEP_ABOVE = 10_000

/** Milliseconds of CPU this thread has used (Node ≥ 22.19); wall time where Node cannot tell. */
const threadCpuMs = (): number => {
  if (typeof process.threadCpuUsage !== 'function') return performance.now()
  const { user, system } = process.threadCpuUsage()
  return (user + system) / 1000
}

type Clocks = {
  msPerMinute: number
  /** Wall clock in ms: drains the buckets. */
  now?: () => number
  /** CPU clock in ms: what a run costs. */
  spent?: () => number
}

export const createWorkBudget = ({ msPerMinute, now = () => performance.now(), spent = threadCpuMs }: Clocks): WorkBudget => {
  const capacity = Math.max(1, msPerMinute)
  const drainPerMs = capacity / 60_000
  const buckets = new Map<string, Bucket>()
  const levelAt = (bucket: Bucket, time: number) => Math.max(0, bucket.level - (time - bucket.at) * drainPerMs)
  const sweep = (time: number) => {
    for (const [key, bucket] of buckets) if (levelAt(bucket, time) === 0) buckets.delete(key)
  }
  return {
    run(key, work) {
      const start = now()
      const cpuStart = spent()
      const bucket = buckets.get(key) ?? { level: 0, at: start }
      const level = levelAt(bucket, start)
      if (level >= capacity) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((level - capacity) / drainPerMs / 1000)) }
      try {
        return { ok: true, value: work() }
      } finally {
        const end = now()
        // At least 1 ms a run, so a flood of cheap runs is counted too.
        buckets.set(key, { level: levelAt({ level, at: start }, end) + Math.max(1, spent() - cpuStart), at: end })
        if (buckets.size > SWEEP_ABOVE) sweep(end)
      }
    },
  }
}
