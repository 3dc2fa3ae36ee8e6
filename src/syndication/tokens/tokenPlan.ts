const DAY_MS = 24 * 60 * 60 * 1000

/** Refresh when fewer days than this remain (Meta: refresh on a schedule, well before expiry). */
export const REFRESH_BEFORE_DAYS = 15
/** Warn admins this many days before an expiry nobody can refresh. */
export const WARN_BEFORE_DAYS = 7

export interface TokenState {
  /** ms since epoch; undefined = unknown. */
  expiresAt?: number
  /** When the current token was obtained (Instagram refresh needs ≥ 24 h). */
  issuedAt?: number
  /** Whether this deployment can renew the token itself. */
  refreshable: boolean
  /** A problem already recorded (revoked, refresh failed…). */
  problem?: string
}

export type TokenAction =
  | { kind: 'ok'; daysLeft?: number }
  | { kind: 'refresh'; daysLeft: number }
  | { kind: 'warn'; daysLeft: number }
  | { kind: 'expired' }

/** What the scheduled token check should do for one channel token (pure). */
export function planTokenAction(state: TokenState, now: number): TokenAction {
  if (state.expiresAt === undefined) return { kind: 'ok' }
  const left = state.expiresAt - now
  if (left <= 0) return { kind: 'expired' }
  const daysLeft = Math.floor(left / DAY_MS)
  const oldEnough = state.issuedAt === undefined || now - state.issuedAt >= DAY_MS
  if (state.refreshable && left < REFRESH_BEFORE_DAYS * DAY_MS && oldEnough) return { kind: 'refresh', daysLeft }
  if (left <= WARN_BEFORE_DAYS * DAY_MS) return { kind: 'warn', daysLeft }
  return { kind: 'ok', daysLeft }
}
