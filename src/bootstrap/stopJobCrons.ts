import type { Payload } from 'payload'

type CronLike = { stop: () => void; isBusy?: () => boolean }

/**
 * Stops Payload's job cron (no new batch starts) and waits for the batch that is running, so a
 * SIGTERM never cuts a job in half. Gives up after `timeoutMs`; the job's lease then expires and
 * another runner picks it up.
 */
export const stopJobCrons = async (payload: Payload, timeoutMs = 25_000): Promise<void> => {
  const crons = ((payload as unknown as { crons?: CronLike[] }).crons ?? []).slice()
  for (const cron of crons) cron.stop()
  const deadline = Date.now() + timeoutMs
  while (crons.some((cron) => cron.isBusy?.()) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
