import { createWorkBudget, type WorkBudget } from './workBudget'

/**
 * The review assistant's server CPU time per staff account (src/security/workBudget.ts), shared by
 * the approval gate (submit/approve) and the editor panel's word check. An editor's ordinary use
 * costs milliseconds a run; REVIEW_WORK_MS_PER_MINUTE (default 5000) bounds what one account can
 * take from an instance's event loop, about a twelfth of it at the default.
 */
export const REVIEW_WORK_MS_PER_MINUTE = Number(process.env.REVIEW_WORK_MS_PER_MINUTE) || 5000

// One budget per process, even when Next bundles this module into more than one route.
const SLOT = Symbol.for('warta.reviewWorkBudget')
const slots = globalThis as typeof globalThis & { [SLOT]?: WorkBudget }

// The limit is read when the budget is first used, not at import, so a process (or test) sets it before.
export const reviewWorkBudget = (): WorkBudget =>
  (slots[SLOT] ??= createWorkBudget({ msPerMinute: Number(process.env.REVIEW_WORK_MS_PER_MINUTE) || REVIEW_WORK_MS_PER_MINUTE }))

export const reviewWorkKey = (user: { collection?: string; id: number | string }): string => `${user.collection ?? 'users'}:${user.id}`

export const reviewBudgetSpentMessage = (retryAfterSeconds: number): string =>
  `Terlalu banyak pemeriksaan naskah dari akun Anda dalam waktu singkat. Coba lagi dalam ${retryAfterSeconds} detik.`
