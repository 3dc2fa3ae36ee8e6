import { runSyndicationStep } from '@/syndication/runSyndicationStep'
import type {
  AdapterContext,
  Checkpoint,
  CoreOutcome,
  SyndicationAdapter,
  SyndicationItem,
  SyndicationOperation,
} from '@/syndication/types'

import type { FakeClock } from '../../fakes/fakeClock'

export interface SavedCheckpoint {
  checkpoint: Checkpoint
  /** Remote calls the fake had seen when the save happened. */
  remoteCallsAtSave: number
}

/** An in-memory ledger standing in for the `syndications` record. */
export function createTestContext(options: {
  clock: FakeClock
  remoteCalls?: () => number
  previous?: AdapterContext['previous']
}) {
  const store = { checkpoint: null as Checkpoint | null, saves: [] as SavedCheckpoint[], logs: [] as string[] }
  const ctx: AdapterContext = {
    logger: {
      info: (msg) => store.logs.push(`info ${msg}`),
      warn: (msg) => store.logs.push(`warn ${msg}`),
      error: (msg) => store.logs.push(`error ${msg}`),
    },
    saveCheckpoint: async (checkpoint) => {
      store.checkpoint = checkpoint
      store.saves.push({ checkpoint, remoteCallsAtSave: options.remoteCalls?.() ?? 0 })
    },
    now: options.clock.now,
    // In-step backoff sleeps advance the fake clock instead of the wall clock.
    sleep: async (ms) => options.clock.advance(ms),
    previous: options.previous,
  }
  return { ctx, store }
}

export interface DriveResult {
  outcome: CoreOutcome
  waits: number[]
  steps: number
}

/**
 * Plays the job runner: calls the step, honours `wait` by advancing the fake clock, and
 * continues from the checkpoint the adapter saved — exactly what the Payload task will do.
 */
export async function drive(
  adapter: SyndicationAdapter,
  item: SyndicationItem,
  env: { ctx: AdapterContext; store: { checkpoint: Checkpoint | null }; clock: FakeClock },
  options: {
    operation?: SyndicationOperation
    maxSteps?: number
    onWait?: (delayMs: number, step: number) => void
    stopOnWait?: boolean
  } = {},
): Promise<DriveResult> {
  const waits: number[] = []
  for (let step = 1; step <= (options.maxSteps ?? 40); step += 1) {
    const outcome = await runSyndicationStep({
      adapter,
      operation: options.operation ?? 'publish',
      item,
      checkpoint: env.store.checkpoint,
      ctx: env.ctx,
    })
    if (outcome.kind !== 'wait') return { outcome, waits, steps: step }
    waits.push(outcome.delayMs)
    env.store.checkpoint = outcome.checkpoint
    if (options.stopOnWait) return { outcome, waits, steps: step }
    options.onWait?.(outcome.delayMs, step)
    env.clock.advance(outcome.delayMs)
  }
  throw new Error('adapter did not finish within maxSteps')
}
