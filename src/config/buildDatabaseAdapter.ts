import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'

import type { DatabaseTarget } from './parseDatabaseUri'

import { migrations } from '../migrations'

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
  return sqliteAdapter({
    client: { url: target.url },
    busyTimeout: 10_000,
    // WAL lets the job runner write while requests read; back up with sqlite3 .backup.
    wal: true,
    migrationDir,
    prodMigrations: migrations,
    push,
  })
}
