import { describe, expect, it } from 'vitest'

import { ConfigError } from '@/config/ConfigError'
import { resolveS3Settings } from '@/config/resolveS3Settings'

const SECRET = 'rahasia-sangat-rahasia-0123456789'
const minio = { S3_BUCKET: 'warta-media', S3_ENDPOINT: 'http://minio:9000', S3_ACCESS_KEY_ID: 'warta', S3_SECRET_ACCESS_KEY: SECRET }

/** The ConfigError message for `env`, asserting it is one line that never shows the secret. */
const refusal = (env: Record<string, string | undefined>): string => {
  try {
    resolveS3Settings(env)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    const message = (error as Error).message
    expect(message).not.toContain('\n')
    expect(message).not.toContain(SECRET)
    return message
  }
  throw new Error('expected a ConfigError')
}

describe('resolveS3Settings (S3_* → media storage)', () => {
  it('keeps media local when no S3_* variable is set (empty values count as unset)', () => {
    expect(resolveS3Settings({})).toBeUndefined()
    expect(resolveS3Settings({ S3_BUCKET: '', S3_ENDPOINT: '  ', PATH: '/usr/bin' })).toBeUndefined()
  })

  it('reads an S3-compatible store: path style by default with an endpoint, us-east-1, prefix trimmed', () => {
    expect(resolveS3Settings({ ...minio, S3_PREFIX: '/warta/media/' })).toEqual({
      bucket: 'warta-media',
      endpoint: 'http://minio:9000',
      region: 'us-east-1',
      credentials: { accessKeyId: 'warta', secretAccessKey: SECRET },
      forcePathStyle: true,
      prefix: 'warta/media',
    })
  })

  it('reads AWS itself: no endpoint, virtual-hosted style, the machine credentials when no keys are given', () => {
    expect(resolveS3Settings({ S3_BUCKET: 'humas.kota', S3_REGION: 'ap-southeast-3' })).toEqual({
      bucket: 'humas.kota',
      endpoint: undefined,
      region: 'ap-southeast-3',
      credentials: undefined,
      forcePathStyle: false,
      prefix: '',
    })
    expect(resolveS3Settings({ ...minio, S3_FORCE_PATH_STYLE: 'false' })?.forcePathStyle).toBe(false)
  })

  it('refuses a half configuration with one line naming the variable', () => {
    expect(refusal({ S3_ENDPOINT: 'http://minio:9000', S3_SECRET_ACCESS_KEY: SECRET })).toMatch(/^S3_BUCKET is not set but S3_ENDPOINT, S3_SECRET_ACCESS_KEY is;/)
    expect(refusal({ ...minio, S3_ACCESS_KEY_ID: '' })).toMatch(/^S3_ACCESS_KEY_ID is not set; S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together/)
    expect(refusal({ ...minio, S3_SECRET_ACCESS_KEY: undefined })).toMatch(/^S3_SECRET_ACCESS_KEY is not set;/)
  })

  it('refuses malformed values without echoing secrets', () => {
    expect(refusal({ ...minio, S3_BUCKET: 'Warta_Media' })).toMatch(/^S3_BUCKET "Warta_Media" is not a valid bucket name/)
    expect(refusal({ ...minio, S3_ENDPOINT: 'minio:9000' })).toMatch(/^S3_ENDPOINT must be an http\(s\) URL/)
    expect(refusal({ ...minio, S3_ENDPOINT: `http://warta:${SECRET}@minio:9000` })).toMatch(/^S3_ENDPOINT must be an http\(s\) URL without credentials/)
    expect(refusal({ ...minio, S3_REGION: 'Jakarta 1' })).toMatch(/^S3_REGION "Jakarta 1"/)
    expect(refusal({ ...minio, S3_FORCE_PATH_STYLE: 'ya' })).toBe('S3_FORCE_PATH_STYLE must be true or false')
    expect(refusal({ ...minio, S3_PREFIX: 'warta/../lain' })).toMatch(/^S3_PREFIX "warta\/..\/lain" must be a folder path/)
  })
})
