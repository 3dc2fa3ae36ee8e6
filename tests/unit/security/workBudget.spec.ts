import { describe, expect, it } from 'vitest'

import { createWorkBudget } from '@/security/workBudget'

/**
 * A budget on hand-driven clocks: each run advances wall and CPU time by the work's simulated cost;
 * `stall` advances wall time only, as the OS running other processes does.
 */
const onClock = (msPerMinute: number) => {
  let time = 0
  let cpu = 0
  const budget = createWorkBudget({ msPerMinute, now: () => time, spent: () => cpu })
  const work = (cost: number) => () => {
    time += cost
    cpu += cost
    return cost
  }
  const stalled = (cost: number, stall: number) => () => {
    cpu += cost
    time += cost + stall
    return cost
  }
  return { budget, work, stalled, wait: (ms: number) => (time += ms) }
}

describe('work budget', () => {
  it('runs work until the account has spent its minute, then refuses without running it', () => {
    const { budget, work } = onClock(1000)
    expect(budget.run('a', work(600))).toEqual({ ok: true, value: 600 })
    expect(budget.run('a', work(600))).toEqual({ ok: true, value: 600 })
    let ran = false
    const refused = budget.run('a', () => (ran = true))
    expect(refused.ok).toBe(false)
    expect(ran).toBe(false)
  })

  it('says when to come back and admits the account once its bucket has drained', () => {
    const { budget, work, wait } = onClock(1000)
    budget.run('a', work(3000))
    const refused = budget.run('a', work(1))
    // 3000 ms spent on a 1000 ms/min budget: 2000 ms over, two minutes to drain back below it.
    expect(refused).toEqual({ ok: false, retryAfterSeconds: 120 })
    wait(119_000)
    expect(budget.run('a', work(1)).ok).toBe(false)
    wait(2_000)
    expect(budget.run('a', work(1)).ok).toBe(true)
  })

  it('keeps accounts apart', () => {
    const { budget, work } = onClock(1000)
    budget.run('a', work(5000))
    expect(budget.run('a', work(1)).ok).toBe(false)
    expect(budget.run('b', work(1)).ok).toBe(true)
  })

  it('charges at least a millisecond a run, so a flood of cheap runs is bounded too', () => {
    const { budget } = onClock(100)
    let admitted = 0
    for (let i = 0; i < 1000; i++) if (budget.run('a', () => undefined).ok) admitted++
    expect(admitted).toBe(100)
  })

  it('charges the CPU time a run used, not the wall time a busy machine stretched it to', () => {
    const { budget, stalled } = onClock(1000)
    // Ten ordinary submits of 50 ms each, every one stretched to 2 s by other processes.
    for (let i = 0; i < 10; i++) expect(budget.run('a', stalled(50, 1950)).ok).toBe(true)
    // Charged by wall time, the first of them would have spent the minute. A run of a whole
    // second of work still fits after them; then the account is refused.
    expect(budget.run('a', stalled(1000, 0)).ok).toBe(true)
    expect(budget.run('a', stalled(1, 0)).ok).toBe(false)
  })

  it('charges work that throws', () => {
    const { budget, work } = onClock(1000)
    expect(() =>
      budget.run('a', () => {
        work(2000)()
        throw new Error('broken text')
      }),
    ).toThrow('broken text')
    expect(budget.run('a', () => 1).ok).toBe(false)
  })
})
