/** 2 s, 4 s, 8 s … capped (platform-apis.md §1.2: Meta suggests ≤ 1/min for ≤ 5 min). */
export function pollDelay(pollCount: number, initialMs = 2000, maxMs = 60_000): number {
  return Math.min(initialMs * 2 ** Math.max(0, pollCount), maxMs)
}
