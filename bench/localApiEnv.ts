/**
 * Environment of a Local API bench (no HTTP server): the production settings, the bench database
 * and the bench-only secrets. Call before importing the Payload config; answers the database URI.
 */
export const applyBenchDatabaseEnv = (fallback = 'file:./data/admin-10k.db'): string => {
  const uri = process.env.DATABASE_URI ?? fallback
  Object.assign(process.env, {
    NODE_ENV: 'production',
    DATABASE_URI: uri,
    JOBS_AUTORUN: 'false',
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'portal-bench-secret-0123456789abcdef0123',
    WARTA_SECRET_KEY: process.env.WARTA_SECRET_KEY ?? 'b0b0'.repeat(16),
  })
  return uri
}
