import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { ConfigError } from '@/config/ConfigError'
import { parseDatabaseUri } from '@/config/parseDatabaseUri'

describe('parseDatabaseUri', () => {
  it('defaults to SQLite at ./data/warta.db', () => {
    for (const raw of [undefined, '', '   ']) {
      expect(parseDatabaseUri(raw, '/srv/warta')).toEqual({
        kind: 'sqlite',
        filePath: '/srv/warta/data/warta.db',
        url: 'file:/srv/warta/data/warta.db',
      })
    }
  })

  it('resolves relative and absolute file: URIs', () => {
    const fileOf = (raw: string) => {
      const target = parseDatabaseUri(raw, '/srv')
      return target.kind === 'sqlite' ? target.filePath : undefined
    }
    expect(fileOf('file:./x/y.db')).toBe(path.resolve('/srv/x/y.db'))
    expect(fileOf('file:/var/lib/warta.db')).toBe('/var/lib/warta.db')
    expect(fileOf('file:///var/lib/warta.db')).toBe('/var/lib/warta.db')
  })

  it('selects MongoDB for mongodb:// and mongodb+srv://', () => {
    expect(parseDatabaseUri('mongodb://db:27017/warta').kind).toBe('mongodb')
    expect(parseDatabaseUri('mongodb+srv://u:p@cluster.example.net/warta').kind).toBe('mongodb')
  })

  it('refuses anything else with one line naming the variable and the accepted forms', () => {
    for (const raw of ['postgres://u:secret@db/warta', 'mysql://db', 'warta.db', 'mongodb://', 'file:']) {
      let error: unknown
      try {
        parseDatabaseUri(raw)
      } catch (e) {
        error = e
      }
      expect(error, raw).toBeInstanceOf(ConfigError)
      const message = (error as Error).message
      expect(message).toContain('DATABASE_URI')
      expect(message).toContain('mongodb://')
      expect(message).not.toContain('\n')
      expect(message).not.toContain('secret')
    }
  })
})
