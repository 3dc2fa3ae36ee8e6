/** Container creations per account, newest last (ms timestamps). */
export type ContainerLedger = Map<string, number[]>

const DAY_MS = 24 * 60 * 60 * 1000
/** Shared by every adapter instance in this process (the registry builds one per job run). */
const processLedger: ContainerLedger = new Map()

/**
 * Meta allows 400 containers per account per rolling 24 h (platform-apis.md §1.3) and offers no
 * endpoint to read the count, so we count our own creations. Other processes are not seen; the
 * platform's refusal (handled as a wait) is the backstop.
 */
export function containerBudget(account: string, cap: number, ledger: ContainerLedger = processLedger) {
  const recent = (now: number) => {
    const list = (ledger.get(account) ?? []).filter((at) => at > now - DAY_MS)
    ledger.set(account, list)
    return list
  }
  return {
    /** Milliseconds until `needed` more containers fit (0 = now). */
    waitFor(needed: number, now: number): number {
      const list = recent(now)
      const excess = list.length + needed - cap
      if (excess <= 0) return 0
      const freeingAt = list[Math.min(excess, list.length) - 1]
      return freeingAt === undefined ? DAY_MS : freeingAt + DAY_MS - now
    },
    record(now: number) {
      recent(now).push(now)
    },
  }
}
