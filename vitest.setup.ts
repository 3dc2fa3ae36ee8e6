// Tests never read the developer's .env: each suite sets what it needs.
process.env.PAYLOAD_TELEMETRY_DISABLED = 'true'
// The per-account review-time budget (src/security/reviewWorkBudget.ts) charges measured time; on a
// saturated CI machine a few submits by one test account (cold dictionaries included) exceeded the
// default 5 s a minute and answered 429. The budget's own behaviour is tested in
// tests/unit/security/workBudget.spec.ts with explicit limits; suites that test it set their own.
process.env.REVIEW_WORK_MS_PER_MINUTE ??= '600000'
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? 'test' })
