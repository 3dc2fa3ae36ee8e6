import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import type { Statement } from '../../bench/sqlTrace'
import type { TestPayload } from '../helpers/startPayload'

import { traceSql } from '../../bench/sqlTrace'
import { createUnit, createUser, newsData } from '../helpers/fixtures'
import { startPayload } from '../helpers/startPayload'
import { testDatabaseKind } from '../helpers/testDatabase'

const TRUSTED = {
  disableRevalidate: true,
  skipSyndication: true,
  trusted: true,
}

/**
 * The admin list and the portal lists at archive size depend on SQLite walking a composite index
 * in sort order and stopping after one page (bench/adminList.ts measures the time). These tests
 * assert the query plans of the statements Payload really sends, not timings. A sort of ties only
 * ("RIGHT PART OF ORDER BY": Payload breaks ties on created_at descending) still stops early.
 */
describe.skipIf(testDatabaseKind !== 'sqlite')('archive indexes (SQLite query plans)', () => {
  let t: TestPayload
  let payload: Payload
  let admin: User
  let writer: User
  let unitId: number

  beforeAll(async () => {
    t = await startPayload('archive-indexes')
    payload = t.payload
    unitId = (await createUnit(payload, 'Dinas Indeks Uji')).id
    admin = await createUser(payload, ['admin'])
    writer = await createUser(payload, ['writer'], [unitId])
    for (let i = 0; i < 5; i++) {
      const published = i % 2 === 0
      await payload.create({
        collection: 'news',
        context: TRUSTED,
        user: admin,
        data: {
          ...newsData(unitId, `Berita indeks ${i}`),
          ...(published
            ? {
                workflowState: 'published',
                _status: 'published',
                publishedAt: new Date().toISOString(),
              }
            : {}),
        } as never,
      })
    }
  })

  afterAll(async () => {
    await t?.stop()
  })

  /** The statements `work` sends. */
  const traced = async (work: () => Promise<unknown>) => {
    const statements: Statement[] = []
    const stop = traceSql(payload, statements)
    try {
      await work()
    } finally {
      stop()
    }
    return statements
  }

  /** EXPLAIN QUERY PLAN of each statement, top-level steps only. */
  const explain = (statements: Statement[]) => {
    const client = (
      payload.db as unknown as {
        client: {
          execute: (s: { sql: string; args: unknown[] }) => Promise<{ rows: Record<string, unknown>[] }>
        }
      }
    ).client
    return Promise.all(
      statements.map(async (s) =>
        (
          await client.execute({
            sql: `EXPLAIN QUERY PLAN ${s.sql}`,
            args: s.args,
          })
        ).rows
          .filter((row) => Number(row.parent) === 0)
          .map((row) => String(row.detail))
          .join('\n'),
      ),
    )
  }

  /**
   * Runs `work`, and returns the top-level query plan of each statement it sent that reads `table`
   * with an ORDER BY (nested per-row reads of small arrays sort their few rows; that is fine).
   */
  const plansOf = async (table: string, work: () => Promise<unknown>) => {
    const sorted = (await traced(work)).filter((s) => s.sql.toLowerCase().includes(`from "${table}"`) && /order by/i.test(s.sql))
    expect(sorted.length, `no sorted read of ${table}`).toBeGreaterThan(0)
    return explain(sorted)
  }

  /** The plans of every `select count(*)` of `table` that `work` sends. */
  const countPlansOf = async (table: string, work: () => Promise<unknown>) => {
    const counts = (await traced(work)).filter((s) => /^select count\(\*\) from "/i.test(s.sql) && s.sql.includes(`from "${table}"`))
    expect(counts.length, `no count of ${table}`).toBeGreaterThan(0)
    return explain(counts)
  }

  const adminList =
    (user: User, extra: { where?: object; sort?: string } = {}) =>
    () =>
      payload.find({
        collection: 'news',
        depth: 0,
        draft: true,
        includeLockStatus: true,
        limit: 10,
        overrideAccess: false,
        user: { ...user, collection: 'users' },
        sort: extra.sort ?? '-updatedAt',
        where: extra.where as never,
      })

  it('walks (latest, updatedAt) for the admin list instead of sorting every latest version', async () => {
    for (const plan of await plansOf('_news_v', adminList(admin))) {
      expect(plan).toContain('_news_v_latest_updated_idx')
      expect(plan).not.toContain('USE TEMP B-TREE FOR ORDER BY')
    }
  })

  it('keeps the index for a writer, whose access adds an OR over OPD and state', async () => {
    for (const plan of await plansOf('_news_v', adminList(writer))) {
      expect(plan).toMatch(/_news_v_latest_(updated|unit_updated|state_updated)_idx/)
      expect(plan).not.toContain('USE TEMP B-TREE FOR ORDER BY')
    }
  })

  it('uses (latest, state, updatedAt) for the review queue and (latest, title, …) for the title column', async () => {
    for (const plan of await plansOf(
      '_news_v',
      adminList(admin, {
        where: { workflowState: { equals: 'in_review' } },
        sort: 'updatedAt',
      }),
    )) {
      expect(plan).toContain('_news_v_latest_state_updated_idx')
      expect(plan).not.toContain('USE TEMP B-TREE FOR ORDER BY')
    }
    for (const plan of await plansOf('_news_v', adminList(admin, { sort: 'title' }))) {
      expect(plan).toContain('_news_v_latest_search_idx')
      expect(plan).not.toContain('USE TEMP B-TREE FOR ORDER BY')
    }
  })

  it('counts a writer’s list (own OPDs or live) on a covering index, never reading whole versions', async () => {
    for (const plan of await countPlansOf('_news_v', adminList(writer))) expect(plan).toContain('COVERING INDEX _news_v_latest_state_unit_idx')
  })

  describe('the list search box', () => {
    const searchWhere = (term: string) => ({ or: ['title', 'lead', 'slug'].map((field) => ({ [field]: { like: term } })) })
    /** The same query without the narrowing hook: what the plain `like` answers. */
    const plain = (user: User, term: string) =>
      payload.find({ collection: 'news', depth: 0, draft: true, limit: 10, overrideAccess: false, user: { ...user, collection: 'users' }, sort: '-updatedAt', where: searchWhere(term) as never, context: { wartaNarrowingListSearch: true } })

    beforeAll(async () => {
      const otherUnit = (await createUnit(payload, 'Dinas Lain Uji')).id
      await payload.create({ collection: 'news', context: TRUSTED, user: admin, data: newsData(otherUnit, 'Rapat tertutup dinas lain') as never })
    })

    it('answers exactly what the plain LIKE query answers, for a match, no match and another OPD’s draft', async () => {
      for (const [user, term, expected] of [
        [admin, 'indeks 3', 1],
        [admin, 'tidak ada di arsip', 0],
        [admin, 'tertutup', 1],
        [writer, 'tertutup', 0], // found by the pre-query, refused by the writer's own access filter
        [writer, 'indeks', 5],
      ] as const) {
        const narrowed = await adminList(user, { where: searchWhere(term) })()
        const reference = await plain(user, term)
        expect(narrowed.totalDocs, `${user.roles} "${term}"`).toBe(expected)
        expect(narrowed.docs.map((doc) => doc.id)).toEqual(reference.docs.map((doc) => doc.id))
        expect(narrowed.totalDocs).toBe(reference.totalDocs)
      }
    })

    it('finds the matches in one pass over the covering search index, then reads only those rows', async () => {
      const plans = await plansOf('_news_v', adminList(admin, { where: searchWhere('indeks 3') }))
      expect(plans.some((plan) => plan.includes('COVERING INDEX _news_v_latest_search_idx'))).toBe(true)
      const pageReads = (await traced(adminList(admin, { where: searchWhere('indeks 3') }))).filter((s) => s.sql.includes('from "_news_v"') && !/ORDER BY "version_title"/.test(s.sql))
      expect(pageReads.length).toBeGreaterThan(0)
      for (const read of pageReads) expect(read.sql).not.toMatch(/ like /i)
    })
  })

  it('reads one item’s version history through (parent, updatedAt)', async () => {
    const item = (await payload.find({ collection: 'news', limit: 1, depth: 0 })).docs[0]!
    const plans = await plansOf('_news_v', () =>
      payload.findVersions({
        collection: 'news',
        where: { parent: { equals: item.id } },
        sort: '-updatedAt',
        limit: 10,
        overrideAccess: false,
        user: { ...admin, collection: 'users' },
      }),
    )
    for (const plan of plans) {
      expect(plan).toContain('_news_v_parent_updated_idx')
      expect(plan).not.toContain('USE TEMP B-TREE FOR ORDER BY')
    }
  })

  it('serves the portal’s newest-first list through (workflowState, publishedAt)', async () => {
    const plans = await plansOf('news', () =>
      payload.find({
        collection: 'news',
        overrideAccess: false,
        draft: false,
        depth: 0,
        limit: 12,
        sort: '-publishedAt',
        where: {
          and: [{ workflowState: { equals: 'published' } }, { visibility: { equals: 'public' } }],
        },
      }),
    )
    for (const plan of plans) {
      expect(plan).toContain('news_state_published_idx')
      expect(plan).not.toContain('USE TEMP B-TREE FOR ORDER BY')
    }
  })
})
