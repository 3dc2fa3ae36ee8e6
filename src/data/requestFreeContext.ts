/**
 * Runs code outside any request's async context. Next.js boots Payload lazily, inside the first
 * request it serves; timers created there (Payload's job cron) would inherit that request's
 * AsyncLocalStorage stores forever, and `revalidateTag` in a job would then fail ("during render")
 * or, worse, be queued on a request that ended long ago. scripts/server.ts registers a runner
 * bound to an AsyncResource created at process start, before any request.
 */
const KEY = Symbol.for('warta.requestFreeContext')

type Runner = <T>(fn: () => T) => T

export const registerRequestFreeContext = (runner: Runner): void => {
  ;(globalThis as Record<symbol, unknown>)[KEY] = runner
}

export const runOutsideRequest = <T>(fn: () => T): T => {
  const runner = (globalThis as Record<symbol, unknown>)[KEY] as Runner | undefined
  return runner ? runner(fn) : fn()
}
