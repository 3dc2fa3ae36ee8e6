import { ConfigError } from './ConfigError'

/** Where media live when `S3_*` is set: any S3-compatible store (AWS, MinIO, Ceph, R2, …). */
export interface S3Settings {
  bucket: string
  /** Endpoint of an S3-compatible store; undefined for AWS itself. */
  endpoint?: string
  region: string
  /** Both set, or both undefined (then the SDK's default chain: instance role, AWS_* env). */
  credentials?: { accessKeyId: string; secretAccessKey: string }
  forcePathStyle: boolean
  /** Folder inside the bucket for every key, without leading/trailing slashes ('' = bucket root). */
  prefix: string
}

export const S3_VARIABLES = [
  'S3_BUCKET',
  'S3_ENDPOINT',
  'S3_REGION',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
  'S3_PREFIX',
] as const

type S3Env = Record<string, string | undefined>

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/
const REGION = /^[a-z0-9-]{1,40}$/
const PREFIX_SEGMENT = /^[A-Za-z0-9._-]+$/

/**
 * `S3_*` decide where media live: none set → undefined (local `MEDIA_DIR`); any set → all must
 * make sense together, or a ConfigError with one line naming the variable. Secret values never
 * appear in a message.
 */
export const resolveS3Settings = (env: S3Env): S3Settings | undefined => {
  const value = (name: (typeof S3_VARIABLES)[number]) => env[name]?.trim() || undefined
  const given = S3_VARIABLES.filter((name) => value(name) !== undefined)
  if (given.length === 0) return undefined

  const bucket = value('S3_BUCKET')
  if (!bucket) throw new ConfigError(`S3_BUCKET is not set but ${given.join(', ')} is; set the bucket name, or unset every S3_* variable to keep media in MEDIA_DIR`)
  if (!BUCKET.test(bucket) || bucket.includes('..')) {
    throw new ConfigError(`S3_BUCKET "${bucket}" is not a valid bucket name (3–63 lowercase letters, digits, dots and hyphens)`)
  }

  const endpoint = value('S3_ENDPOINT')
  if (endpoint !== undefined) {
    let url: URL | undefined
    try {
      url = new URL(endpoint)
    } catch {
      url = undefined
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password) {
      throw new ConfigError(`S3_ENDPOINT must be an http(s) URL without credentials, e.g. https://s3.example.go.id or http://127.0.0.1:9000`)
    }
  }

  const region = value('S3_REGION') ?? 'us-east-1'
  if (!REGION.test(region)) throw new ConfigError(`S3_REGION "${region}" is not a region name (e.g. us-east-1, ap-southeast-3)`)

  const accessKeyId = value('S3_ACCESS_KEY_ID')
  const secretAccessKey = value('S3_SECRET_ACCESS_KEY')
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new ConfigError(
      `${accessKeyId ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'} is not set; S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together (or leave both empty to use the machine's AWS credentials)`,
    )
  }

  const pathStyle = value('S3_FORCE_PATH_STYLE')?.toLowerCase()
  if (pathStyle !== undefined && pathStyle !== 'true' && pathStyle !== 'false') {
    throw new ConfigError(`S3_FORCE_PATH_STYLE must be true or false`)
  }

  const rawPrefix = value('S3_PREFIX') ?? ''
  const segments = rawPrefix.split('/').filter(Boolean)
  if (segments.some((segment) => segment === '.' || segment === '..' || !PREFIX_SEGMENT.test(segment))) {
    throw new ConfigError(`S3_PREFIX "${rawPrefix}" must be a folder path of letters, digits, '.', '_' and '-' (e.g. warta/media)`)
  }

  return {
    bucket,
    endpoint,
    region,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    // MinIO and most self-hosted stores need path-style URLs; default to them when an endpoint is given.
    forcePathStyle: pathStyle === undefined ? endpoint !== undefined : pathStyle === 'true',
    prefix: segments.join('/'),
  }
}
