import { SyndicationError } from './errors'
import type {
  AdapterContext,
  Checkpoint,
  CoreOutcome,
  SyndicationAdapter,
  SyndicationItem,
  SyndicationOperation,
} from './types'

export interface RunSyndicationStepInput {
  adapter: SyndicationAdapter
  operation: SyndicationOperation
  item: SyndicationItem
  checkpoint: Checkpoint | null
  ctx: AdapterContext
}

const DEFAULT_MANUAL = {
  update: 'Kanal ini tidak mendukung pembaruan otomatis; perbarui secara manual di platform.',
  remove: 'Kanal ini tidak mendukung penghapusan otomatis; hapus secara manual di platform.',
} as const

/**
 * What the `syndicate` task calls once per job run: validate (publish/update) before any
 * remote call, dispatch to the operation, and turn a missing `update`/`remove` into a manual
 * action. Only SyndicationErrors escape; anything else (a bug, an SDK surprise) is wrapped as
 * retryable, because every adapter re-reads remote state before writing again.
 */
export async function runSyndicationStep(input: RunSyndicationStepInput): Promise<CoreOutcome> {
  const { adapter, operation, item, checkpoint, ctx } = input
  if (operation !== 'remove') {
    const problems = adapter.validate(item)
    if (problems.length > 0) return { kind: 'invalid', problems }
  }
  const method = operation === 'publish' ? adapter.run : operation === 'update' ? adapter.update : adapter.remove
  if (!method) {
    const kind = operation === 'update' ? 'update' : 'remove'
    return { kind: 'manual', reason: adapter.manualActionReason?.(kind) ?? DEFAULT_MANUAL[kind] }
  }
  try {
    return await method.call(adapter, item, checkpoint, ctx)
  } catch (error) {
    if (error instanceof SyndicationError) throw error
    throw new SyndicationError(
      adapter.channel,
      `unexpected error: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
        retryable: true,
        code: 'unexpected',
      },
    )
  }
}
