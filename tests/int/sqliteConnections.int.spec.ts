import { spawn } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestPayload } from '../helpers/startPayload'

import { createUnit } from '../helpers/fixtures'
import { startPayload } from '../helpers/startPayload'
import { testDatabaseKind } from '../helpers/testDatabase'

type Client = { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * Several processes (web instances, workers) write one SQLite file. A write that meets another
 * process's lock must wait (busy_timeout), also after libsql swapped its connection for a
 * transaction — which Payload opens for every write.
 */
describe.skipIf(testDatabaseKind !== 'sqlite')('SQLite connections shared by several processes', () => {
  let t: TestPayload

  beforeAll(async () => {
    t = await startPayload('sqlite-connections')
  })
  afterAll(async () => {
    await t?.stop()
  })

  const client = () => (t.payload.db as unknown as { client: Client }).client
  const busyTimeout = async () => Number(Object.values((await client().execute('PRAGMA busy_timeout')).rows[0] ?? {})[0])

  it('keeps the busy timeout on the connection libsql opens after each transaction', async () => {
    await createUnit(t.payload, 'Dinas Koneksi Satu')
    expect(await busyTimeout()).toBe(10_000)
    await createUnit(t.payload, 'Dinas Koneksi Dua')
    expect(await busyTimeout()).toBe(10_000)
  })

  it('a write that meets another process’s lock waits for it instead of failing with "database is locked"', async () => {
    await createUnit(t.payload, 'Dinas Sebelum Kunci') // the first transaction has swapped the connection
    // The other process: takes the write lock, holds it 600 ms, commits. (libsql waits for a lock
    // synchronously, so the holder cannot live on this process's event loop.)
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { createClient } from '@libsql/client'
         const db = createClient({ url: ${JSON.stringify(String(process.env.DATABASE_URI))} })
         const tx = await db.transaction('write')
         await tx.execute("INSERT INTO categories (name, slug, updated_at, created_at) VALUES ('Kunci', 'kunci-proses-lain', datetime('now'), datetime('now'))")
         console.log('locked')
         await new Promise((resolve) => setTimeout(resolve, 600))
         await tx.commit()
         db.close()`,
      ],
      { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] },
    )
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve())
      holder.on('exit', (code) => reject(new Error(`lock holder exited early (${code})`)))
    })
    const started = Date.now()
    const unit = await createUnit(t.payload, 'Dinas Setelah Kunci')
    const waited = Date.now() - started
    await new Promise((resolve) => (holder.exitCode === null ? holder.on('exit', resolve) : resolve(null)))
    expect(unit.id).toBeTruthy()
    expect(waited).toBeGreaterThanOrEqual(300)
    expect((await t.payload.count({ collection: 'categories', where: { slug: { equals: 'kunci-proses-lain' } } })).totalDocs).toBe(1)
  })
})
