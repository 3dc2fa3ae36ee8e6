/**
 * Creates a production SQLite database for the portal bench (and local production runs): schema
 * from the committed migrations (run on connect, as `next start` does), demo content when
 * seedDemo exists and `BULK` (default 500) extra published items. Build from the same tree.
 *
 *   DATABASE_URI=file:./data/portal-bench.db BULK=500 npx tsx bench/preparePortalDb.ts
 */
import fs from 'node:fs'
import path from 'node:path'

const uri = process.env.DATABASE_URI ?? 'file:./data/portal-bench.db'
const file = uri.replace(/^file:/, '')
for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true })
Object.assign(process.env, {
  NODE_ENV: 'production',
  DATABASE_URI: uri,
  JOBS_AUTORUN: 'false',
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'portal-bench-secret-0123456789abcdef0123',
})

const main = async () => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  try {
    const { seedDemo } = await import('../src/seed/seedDemo')
    const summary = await seedDemo(payload, {
      adminEmail: process.env.ADMIN_EMAIL,
      adminPassword: process.env.ADMIN_PASSWORD,
      sharedPassword: process.env.WARTA_DEMO_PASSWORD,
    })
    console.log('[bench] demo seed:', JSON.stringify(summary))
  } catch (error) {
    console.warn('[bench] demo seed failed, continuing with bulk items only:', error instanceof Error ? error.message : error)
  }
  const { seedBulkNews } = await import('../src/seed/seedBulkNews')
  await seedBulkNews(payload, { count: Number(process.env.BULK ?? 500), log: console.log })
  if (process.env.PUBLIC_URL) await payload.updateGlobal({ slug: 'site', data: { baseUrl: process.env.PUBLIC_URL }, context: { disableRevalidate: true } })
  const published = await payload.count({ collection: 'news', where: { workflowState: { equals: 'published' } } })
  console.log(`[bench] database ready: ${path.resolve(file)} (${published.totalDocs} published items)`)
  await payload.destroy()
  process.exit(0)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
