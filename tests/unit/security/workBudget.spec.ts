import { describe, expect, it } from 'vitest'

import { createWorkBudget } from '@/security/workBudget'

/** A budget on a hand-driven clock: each run advances it by the work's simulated cost. */
const onClock = (msPerMinute: number) => {
  let time = 0
  const budget = createWorkBudget({ msPerMinute, now: () => time })
  const work = (cost: number) => () => {
    time += cost
    return cost
  }
  return { budget, work, wait: (ms: number) => (time += ms) }
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

  it('charges work that throws', () => {
    const { budget, wait } = onClock(1000)
    expect(() =>
      budget.run('a', () => {
        wait(2000)
        throw new Error('broken text')
      }),
    ).toThrow('broken text')
    expect(budget.run('a', () => 1).ok).toBe(false)
  })
})
