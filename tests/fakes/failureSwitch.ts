export interface FailureOptions {
  /** How many requests fail (default 1, one-shot). */
  times?: number
  /** Fail every matching request until cleared. */
  sticky?: boolean
}

interface Rule<Spec> {
  spec: Spec
  remaining: number
}

/** Per-route failure queue: tests arm one-shot or sticky failures, the fake takes them. */
export function failureSwitch<Route extends string, Spec>() {
  const rules = new Map<Route, Rule<Spec>[]>()
  return {
    fail(route: Route, spec: Spec, options: FailureOptions = {}) {
      const list = rules.get(route) ?? []
      list.push({ spec, remaining: options.sticky ? Number.POSITIVE_INFINITY : (options.times ?? 1) })
      rules.set(route, list)
    },
    take(route: Route): Spec | undefined {
      const list = rules.get(route)
      const rule = list?.[0]
      if (!list || !rule) return undefined
      rule.remaining -= 1
      if (rule.remaining <= 0) list.shift()
      return rule.spec
    },
    clear(route?: Route) {
      if (route) rules.delete(route)
      else rules.clear()
    },
  }
}
