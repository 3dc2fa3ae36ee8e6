import type { TaskConfig, TaskHandler } from 'payload'

import { RetrySyndication } from '@/syndication/wiring/runSyndicationJob'

/** Errors whose task already logged its one line (syndication logs record, channel, attempt and reason itself). */
export const isAlreadyLogged = (error: unknown): boolean => error instanceof RetrySyndication

type HandlerArgs = Parameters<TaskHandler<'syndicate'>>[0]

const attemptsOf = (retries: TaskConfig['retries']): number =>
  1 + (typeof retries === 'number' ? retries : (retries?.attempts ?? 0))

/**
 * Payload's job runner logs a failing task at ERROR with the whole job as JSON (~100 lines) on
 * every attempt; payload.config.ts silences it. This wrapper logs one line instead: WARN while a
 * retry follows (task, job, input, attempt, reason), ERROR only when the last attempt failed.
 */
export const withJobLogging = <T extends TaskConfig>(task: T): T => {
  const handler = task.handler as (args: HandlerArgs) => ReturnType<TaskHandler<'syndicate'>>
  const maxAttempts = attemptsOf(task.retries)
  return {
    ...task,
    handler: async (args: HandlerArgs) => {
      try {
        return await handler(args)
      } catch (error) {
        const attempt = (args.job.totalTried ?? 0) + 1
        const reason = error instanceof Error ? error.message : String(error)
        const final = attempt >= maxAttempts
        if (final || !isAlreadyLogged(error)) {
          const line = {
            msg: `[jobs] ${task.slug} job ${args.job.id} ${final ? 'failed for good' : 'will retry'}: ${reason} (attempt ${attempt}/${maxAttempts})`,
            task: task.slug,
            job: args.job.id,
            input: args.input,
            attempt,
            maxAttempts,
            reason,
          }
          if (final) args.req.payload.logger.error(line)
          else args.req.payload.logger.warn(line)
        }
        throw error
      }
    },
  } as T
}
