import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'

import type { DatabaseTarget } from './parseDatabaseUri'

import { migrations } from '../migrations'
import { SEARCH_TABLES_FILTER } from '../search/sqliteSearch'
import { guardSqliteConnections } from './sqliteConnectionGuard'
import { addArchiveIndexes } from './sqliteIndexes'

type Options = {
  target: DatabaseTarget
  migrationDir: string
  /** Test and dev databases are schema-pushed; production ones only migrate. */
  push?: boolean
  mongoServerSelectionTimeoutMS?: number
}

export const buildDatabaseAdapter = ({
  target,
  migrationDir,
  push,
  mongoServerSelectionTimeoutMS,
}: Options): DatabaseAdapterObj => {
  if (target.kind === 'mongodb') {
    return mongooseAdapter({
      url: target.url,
      connectOptions: mongoServerSelectionTimeoutMS
        ? { serverSelectionTimeoutMS: mongoServerSelectionTimeoutMS }
        : undefined,
    })
  }
  // libsql cannot create the folder itself (ConnectionFailed … 14).
  fs.mkdirSync(path.dirname(target.filePath), { recursive: true })
  const busyTimeout = 10_000
  const adapter = sqliteAdapter({
    client: { url: target.url },
    busyTimeout,
    // WAL lets the job runner write while requests read; back up with sqlite3 .backup.
    wal: true,
    migrationDir,
    prodMigrations: migrations,
    push,
    // Composite indexes the admin list and portal need at archive size (Drizzle cannot infer them).
    afterSchemaInit: [addArchiveIndexes],
  })
  // The archive search index (FTS5 table and triggers) is created at boot, outside the Drizzle
  // schema: keep the dev schema push from dropping it. The SQLite adapter has no option for this.
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args)
      const connect = instance.connect!
      // Every connection libsql opens after a transaction gets the busy timeout too (see the guard).
      instance.connect = async function (this: typeof instance, options) {
        await connect.call(this, options)
        const client = (this as unknown as { client?: Parameters<typeof guardSqliteConnections>[0] }).client
        if (client) guardSqliteConnections(client, [`PRAGMA busy_timeout = ${busyTimeout}`])
      }
      return Object.assign(instance, { tablesFilter: SEARCH_TABLES_FILTER })
    },
  }
}
