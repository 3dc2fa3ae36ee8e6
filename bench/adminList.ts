/**
 * Admin list bench: the database work behind the admin's news list, version history, dashboard
 * queues and filters on a seeded archive, as a real user would cause it (Local API,
 * `overrideAccess: false`, the same arguments the admin list view passes). A/B interleaved:
 * A = the archive indexes dropped, B = the archive indexes present (src/config/sqliteIndexes.ts),
 * so both run on the same data in the same process. Prints p50/p95 per scenario and the SQL
 * statements of one B request with their times.
 *
 *   DATABASE_URI=file:./data/admin-10k.db BULK=10000 npx tsx bench/preparePortalDb.ts   # once
 *   DATABASE_URI=file:./data/admin-10k.db ROUNDS=20 npx tsx bench/adminList.ts
 *
 * Env: ROUNDS (20), AB=0 to measure B only, TRACE=1 to print every statement of each scenario.
 */
import type { Payload, Where } from 'payload'

import { applyBenchDatabaseEnv } from './localApiEnv'
import { type Statement, traceSql } from './sqlTrace'

applyBenchDatabaseEnv()
const rounds = Number(process.env.ROUNDS ?? 20)

type Scenario = { name: string; run: (payload: Payload) => Promise<unknown> }

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}

const main = async () => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { ARCHIVE_INDEXES, dropArchiveIndexes, ensureArchiveIndexes } = await import('../src/config/sqliteIndexes')
  const payload = await getPayload({ config })
  const userOf = async (role: string) => {
    const found = await payload.find({ collection: 'users', where: { roles: { contains: role } }, limit: 1, depth: 1 })
    if (!found.docs[0]) throw new Error(`no ${role} in the bench database (run bench/preparePortalDb.ts with WARTA_SECRET_KEY)`)
    return { ...found.docs[0], collection: 'users' as const }
  }
  const admin = await userOf('admin')
  const writer = await userOf('writer')
  const anyItem = (await payload.find({ collection: 'news', limit: 1, depth: 0, sort: '-updatedAt' })).docs[0]!
  const total = await payload.count({ collection: 'news' })
  console.log(`[bench] ${total.totalDocs} news items; ${rounds} rounds; writer units: ${JSON.stringify(writer.units?.map((u) => (typeof u === 'object' ? u.id : u)))}`)

  // What the admin list view runs (node_modules/@payloadcms/next/dist/views/List/index.js): with
  // enableListViewSelectAPI it selects the visible columns only.
  const { News } = await import('../src/collections/News')
  const columns = News.admin?.enableListViewSelectAPI
    ? Object.fromEntries([...(News.admin.defaultColumns ?? []), 'id', '_status'].map((column) => [column, true]))
    : undefined
  const list = (user: typeof admin, extra: { where?: Where; sort?: string; page?: number } = {}) =>
    payload.find({
      collection: 'news',
      depth: 0,
      draft: true,
      includeLockStatus: true,
      limit: 10,
      overrideAccess: false,
      user,
      sort: extra.sort ?? '-updatedAt',
      page: extra.page,
      where: extra.where,
      select: columns,
    })
  const scenarios: Scenario[] = [
    // The REST call of the issue: /api/news?draft=true&sort=-updatedAt&limit=10&depth=1
    {
      name: 'rest list depth=1 (admin)',
      run: (p) => p.find({ collection: 'news', draft: true, sort: '-updatedAt', limit: 10, depth: 1, overrideAccess: false, user: admin }),
    },
    { name: 'list page (admin)', run: () => list(admin) },
    { name: 'list page 50 (admin)', run: () => list(admin, { page: 50 }) },
    { name: 'list page (writer)', run: () => list(writer) },
    { name: 'list sort title', run: () => list(admin, { sort: 'title' }) },
    { name: 'queue in_review', run: () => list(admin, { where: { workflowState: { equals: 'in_review' } }, sort: 'updatedAt' }) },
    { name: 'filter unit', run: () => list(admin, { where: { unit: { in: writer.units?.map((u) => (typeof u === 'object' ? u.id : u)) } } }) },
    {
      name: 'dashboard counts',
      run: (p) =>
        Promise.all(
          ['draft', 'in_review', 'approved', 'scheduled', 'published'].map((state) =>
            p.count({ collection: 'news', overrideAccess: false, user: admin, where: { workflowState: { equals: state } } }),
          ),
        ),
    },
    {
      name: 'version history',
      run: (p) =>
        p.findVersions({ collection: 'news', where: { parent: { equals: anyItem.id } }, sort: '-updatedAt', limit: 10, depth: 1, overrideAccess: false, user: admin }),
    },
    // The search box (Payload's mergeListSearchAndWhere over listSearchableFields): a common
    // term, a rare one and one with no match at all.
    ...(['posyandu', '(4321)', 'tsunami'] as const).map((term) => ({
      name: `list search "${term}"`,
      run: () => list(admin, { where: { or: (News.admin?.listSearchableFields ?? ['title']).map((field) => ({ [field]: { like: term } })) } }),
    })),
    {
      name: 'list search (writer)',
      run: () => list(writer, { where: { or: (News.admin?.listSearchableFields ?? ['title']).map((field) => ({ [field]: { like: 'tsunami' } })) } }),
    },
  ]

  const variants = process.env.AB === '0' ? (['B'] as const) : (['A', 'B'] as const)
  const times: Record<string, number[]> = {}
  for (let round = 0; round < rounds; round++) {
    for (const variant of round % 2 ? [...variants].reverse() : variants) {
      if (variant === 'A') await dropArchiveIndexes(payload)
      else await ensureArchiveIndexes(payload)
      for (const scenario of scenarios) {
        const started = performance.now()
        await scenario.run(payload)
        ;(times[`${scenario.name}|${variant}`] ??= []).push(performance.now() - started)
      }
    }
  }
  await ensureArchiveIndexes(payload)
  console.log(`[bench] archive indexes: ${ARCHIVE_INDEXES.map((index) => index.name).join(', ')}`)
  console.log('scenario'.padEnd(28), variants.map((v) => `${v} p50/p95 ms`.padStart(18)).join(''))
  for (const scenario of scenarios) {
    const cells = variants.map((v) => {
      const t = times[`${scenario.name}|${v}`]!
      return `${percentile(t, 50).toFixed(1)} / ${percentile(t, 95).toFixed(1)}`.padStart(18)
    })
    console.log(scenario.name.padEnd(28), cells.join(''))
  }
  if (process.env.TRACE === '1') {
    for (const scenario of scenarios) {
      const statements: Statement[] = []
      const stop = traceSql(payload, statements)
      await scenario.run(payload)
      stop()
      console.log(`\n[trace] ${scenario.name}: ${statements.length} statements`)
      for (const s of statements) console.log(`  ${s.ms.toFixed(1).padStart(7)} ms  ${s.sql.slice(0, 300)}`)
    }
  }
  await payload.destroy()
  process.exit(0)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
