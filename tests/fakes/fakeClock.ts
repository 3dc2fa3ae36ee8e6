/** A clock shared by a fake server and the adapter's ctx.now, advanced by tests instead of sleeping. */
export interface FakeClock {
  now(): number
  advance(ms: number): void
  set(ms: number): void
}

export function createFakeClock(start: number = Date.now()): FakeClock {
  let current = start
  return {
    now: () => current,
    advance: (ms) => {
      current += ms
    },
    set: (ms) => {
      current = ms
    },
  }
}

/** Wall-clock time (demo, job-level tests): `advance`/`set` shift it by an offset. */
export function realClock(): FakeClock {
  let offset = 0
  return {
    now: () => Date.now() + offset,
    advance: (ms) => {
      offset += ms
    },
    set: (ms) => {
      offset = ms - Date.now()
    },
  }
}
