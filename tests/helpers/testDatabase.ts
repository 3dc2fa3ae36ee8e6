import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe } from 'vitest'

export type TestDatabaseKind = 'mongodb' | 'sqlite'

export const testDatabaseKind: TestDatabaseKind =
  process.env.WARTA_TEST_DB === 'mongodb' ? 'mongodb' : 'sqlite'

const mongoUri = process.env.TEST_MONGODB_URI

/** `describe` for suites that need a database: skipped (and reported so) on MongoDB without a server. */
export const describeWithDatabase: typeof describe =
  testDatabaseKind === 'mongodb' && !mongoUri ? (describe.skip as typeof describe) : describe

/** A throw-away database URI and media folder for one test file. */
export const freshDatabase = (name: string): { uri: string; mediaDir: string; dir: string } => {
  const id = `${name}-${randomBytes(4).toString('hex')}`
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `warta-${name}-`))
  const mediaDir = path.join(dir, 'media')
  if (testDatabaseKind === 'mongodb' && mongoUri) {
    const url = new URL(mongoUri)
    url.pathname = `/warta_test_${id.replace(/[^a-z0-9_]/gi, '_')}`
    return { uri: url.toString(), mediaDir, dir }
  }
  return { uri: `file:${path.join(dir, 'warta.db')}`, mediaDir, dir }
}
