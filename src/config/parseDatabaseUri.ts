import path from 'node:path'

import { ConfigError } from './ConfigError'

export type DatabaseTarget =
  | { kind: 'sqlite'; url: string; filePath: string }
  | { kind: 'mongodb'; url: string }

export const DEFAULT_DATABASE_URI = 'file:./data/warta.db'

/**
 * DATABASE_URI decides the adapter: empty or file:… → SQLite, mongodb(+srv):// → MongoDB.
 * Anything else is refused with one line naming the variable and the accepted forms.
 */
export const parseDatabaseUri = (raw: string | undefined, cwd = process.cwd()): DatabaseTarget => {
  const uri = (raw ?? '').trim() || DEFAULT_DATABASE_URI
  if (uri.startsWith('file:')) {
    const rest = uri.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    if (!rest || rest === '//') {
      throw new ConfigError(`DATABASE_URI "${uri}" names no file; use file:./data/warta.db, mongodb://… or mongodb+srv://…`)
    }
    const filePath = path.resolve(cwd, rest)
    return { kind: 'sqlite', url: `file:${filePath}`, filePath }
  }
  if (/^mongodb(\+srv)?:\/\/[^/\s]+/.test(uri)) return { kind: 'mongodb', url: uri }
  throw new ConfigError(
    `DATABASE_URI "${redact(uri)}" is not supported; use empty (SQLite at ${DEFAULT_DATABASE_URI}), file:<path> (SQLite), mongodb://… or mongodb+srv://… (MongoDB)`,
  )
}

/** Never echo a password embedded in a URI. */
const redact = (uri: string): string => uri.replace(/\/\/([^:/@]+):([^@]+)@/, '//$1:***@')
