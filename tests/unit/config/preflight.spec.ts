import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

const preflight = (env: Record<string, string | undefined>) =>
  spawnSync('npx', ['tsx', 'scripts/preflight.ts'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production' as const, ...env },
  })

/** Everything production needs apart from media storage. */
const READY = { DATABASE_URI: '', PAYLOAD_SECRET: 'x'.repeat(40), WARTA_SECRET_KEY: 'a'.repeat(64) }

describe('start-up preflight (npm start / npm run demo)', () => {
  it('refuses an unsupported DATABASE_URI with one line naming the variable', () => {
    const result = preflight({ DATABASE_URI: 'postgres://warta:rahasia@db/warta', PAYLOAD_SECRET: 'x'.repeat(40) })
    expect(result.status).toBe(1)
    const lines = result.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^\[warta\] cannot start: DATABASE_URI .* mongodb:\/\//)
    expect(lines[0]).not.toContain('rahasia')
  })

  it('refuses to start in production without PAYLOAD_SECRET', () => {
    const result = preflight({ DATABASE_URI: '' })
    expect(result.status).toBe(1)
    expect(result.stderr.trim()).toBe(
      '[warta] cannot start: PAYLOAD_SECRET is not set; production needs it (generate one with: openssl rand -hex 32)',
    )
  })

  it('refuses to start in production without WARTA_SECRET_KEY', () => {
    const result = preflight({ DATABASE_URI: '', PAYLOAD_SECRET: 'x'.repeat(40) })
    expect(result.status).toBe(1)
    expect(result.stderr.trim()).toMatch(/^\[warta\] cannot start: WARTA_SECRET_KEY is not set; [^\n]+$/)
  })

  it('refuses half-set S3_* media storage with one line, never printing the secret', () => {
    const result = preflight({
      ...READY,
      S3_ENDPOINT: 'http://minio:9000',
      S3_ACCESS_KEY_ID: 'warta',
      S3_SECRET_ACCESS_KEY: 'rahasia-s3-0123456789',
    })
    expect(result.status).toBe(1)
    expect(result.stderr.trim()).toMatch(/^\[warta\] cannot start: S3_BUCKET is not set but S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY is; [^\n]+$/)
    expect(result.stderr).not.toContain('rahasia-s3')
  })

  it('accepts a complete S3_* media storage', () => {
    const result = preflight({
      ...READY,
      S3_BUCKET: 'warta-media',
      S3_ENDPOINT: 'http://minio:9000',
      S3_ACCESS_KEY_ID: 'warta',
      S3_SECRET_ACCESS_KEY: 'rahasia-s3-0123456789',
    })
    expect(result.status, result.stderr).toBe(0)
  })

  it('accepts SQLite and MongoDB URIs with both secrets', () => {
    for (const uri of ['file:./data/warta.db', 'mongodb://localhost:27017/warta']) {
      const result = preflight({ DATABASE_URI: uri, PAYLOAD_SECRET: 'x'.repeat(40), WARTA_SECRET_KEY: 'a'.repeat(64) })
      expect(result.status, result.stderr).toBe(0)
    }
  })
})
