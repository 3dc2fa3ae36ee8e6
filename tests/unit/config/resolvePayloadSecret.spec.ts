import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { resolvePayloadSecret } from '@/config/resolvePayloadSecret'

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'warta-secret-'))

describe('resolvePayloadSecret', () => {
  it('uses PAYLOAD_SECRET when set', () => {
    const secret = 'x'.repeat(40)
    expect(resolvePayloadSecret({ secret, nodeEnv: 'production', dataDir: tmp() })).toBe(secret)
  })

  it('refuses to start in production without a secret', () => {
    expect(() => resolvePayloadSecret({ secret: undefined, nodeEnv: 'production', dataDir: tmp() })).toThrow(/PAYLOAD_SECRET is not set/)
    expect(() => resolvePayloadSecret({ secret: 'short', nodeEnv: 'production', dataDir: tmp() })).toThrow(/too short/)
  })

  it('generates, persists and reuses a secret in development, with a warning', () => {
    const dir = tmp()
    const warnings: string[] = []
    const first = resolvePayloadSecret({ secret: '', nodeEnv: 'development', dataDir: dir, warn: (m) => warnings.push(m) })
    const second = resolvePayloadSecret({ secret: '', nodeEnv: 'development', dataDir: dir, warn: (m) => warnings.push(m) })
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(second).toBe(first)
    expect(warnings).toHaveLength(1)
    expect(fs.statSync(path.join(dir, '.payload-secret')).mode & 0o077).toBe(0)
  })
})
