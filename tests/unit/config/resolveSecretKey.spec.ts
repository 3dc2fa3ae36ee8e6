import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { resolveSecretKey } from '@/config/resolveSecretKey'

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'warta-key-'))

describe('resolveSecretKey', () => {
  it('uses WARTA_SECRET_KEY when set and rejects keys that are not 32 bytes', () => {
    const key = randomBytes(32).toString('base64')
    expect(resolveSecretKey({ key, nodeEnv: 'production', allowGenerated: false, dataDir: tmp() })).toBe(key)
    const short = randomBytes(16).toString('base64')
    expect(() => resolveSecretKey({ key: short, nodeEnv: 'production', allowGenerated: false, dataDir: tmp() })).toThrow(
      /exactly 32 bytes/,
    )
  })

  it('refuses production without a key unless the demo allows a generated one', () => {
    expect(() => resolveSecretKey({ key: '', nodeEnv: 'production', allowGenerated: false, dataDir: tmp() })).toThrow(
      /WARTA_SECRET_KEY is not set/,
    )
    const dir = tmp()
    const generated = resolveSecretKey({ key: '', nodeEnv: 'production', allowGenerated: true, dataDir: dir, warn: () => {} })
    expect(Buffer.from(generated, 'base64')).toHaveLength(32)
  })

  it('generates, persists and reuses a key in development, with one warning', () => {
    const dir = tmp()
    const warnings: string[] = []
    const first = resolveSecretKey({ key: undefined, nodeEnv: 'development', allowGenerated: false, dataDir: dir, warn: (m) => warnings.push(m) })
    const second = resolveSecretKey({ key: undefined, nodeEnv: 'development', allowGenerated: false, dataDir: dir, warn: (m) => warnings.push(m) })
    expect(second).toBe(first)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).not.toContain(first)
    expect(fs.statSync(path.join(dir, '.warta-secret-key')).mode & 0o077).toBe(0)
  })
})
