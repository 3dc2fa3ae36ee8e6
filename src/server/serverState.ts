/** Process-wide server state shared with the Next bundle (health route) through globalThis. */
const KEY = Symbol.for('warta.serverState')

type State = { draining: boolean }

const state = (): State => {
  const store = globalThis as Record<symbol, unknown>
  return ((store[KEY] as State | undefined) ??= (store[KEY] = { draining: false }) as State)
}

/** The server is shutting down: the health check answers 503 so load balancers stop sending. */
export const markDraining = (): void => {
  state().draining = true
}

export const isDraining = (): boolean => state().draining
