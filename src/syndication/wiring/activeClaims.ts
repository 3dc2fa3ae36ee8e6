/**
 * Claim tokens of syndication records this process is working on right now. The stale sweep
 * skips them: a worker whose event loop stalled past its lease (GC, a loaded machine) is slow,
 * not dead, and re-queuing its own record would start a second run beside the first.
 */
const active = new Set<string>()

export const activeClaimTokens = (): string[] => [...active]

/** Runs `work` with `token` registered as this process's live claim. */
export async function withActiveClaim<T>(token: string, work: () => Promise<T>): Promise<T> {
  active.add(token)
  try {
    return await work()
  } finally {
    active.delete(token)
  }
}
