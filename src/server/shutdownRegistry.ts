/**
 * Work to finish before the process exits on SIGTERM, registered from inside the Next bundle
 * (the job cron's current batch) and run by scripts/server.ts after in-flight requests drained.
 * Shared through globalThis because the bundle and the custom server are separate module graphs.
 */
const KEY = Symbol.for('warta.shutdownHooks')

type Hook = () => Promise<void>

const hooks = (): Hook[] => {
  const store = globalThis as Record<symbol, unknown>
  return ((store[KEY] as Hook[] | undefined) ??= (store[KEY] = []) as Hook[])
}

export const registerShutdownHook = (hook: Hook): void => {
  hooks().push(hook)
}

export const runShutdownHooks = async (): Promise<void> => {
  await Promise.allSettled(hooks().map((hook) => hook()))
}
