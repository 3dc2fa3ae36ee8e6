// Checks the configuration before the server starts; a mistake is reported in one line.
import path from 'node:path'

import { ConfigError } from '../src/config/ConfigError'
import { parseDatabaseUri } from '../src/config/parseDatabaseUri'
import { resolvePayloadSecret } from '../src/config/resolvePayloadSecret'
import { resolveS3Settings } from '../src/config/resolveS3Settings'
import { resolveSecretKey } from '../src/config/resolveSecretKey'

try {
  parseDatabaseUri(process.env.DATABASE_URI)
  // Media: S3_* all make sense together, or none is set (local MEDIA_DIR).
  resolveS3Settings(process.env)
  resolvePayloadSecret({
    secret: process.env.PAYLOAD_SECRET,
    nodeEnv: 'production',
    dataDir: path.resolve('data'),
    warn: () => {},
  })
  resolveSecretKey({
    key: process.env.WARTA_SECRET_KEY,
    nodeEnv: 'production',
    allowGenerated: process.env.WARTA_ALLOW_GENERATED_SECRET === 'true',
    dataDir: path.resolve('data'),
    warn: () => {},
  })
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`[warta] cannot start: ${error.message}`)
    process.exit(1)
  }
  throw error
}
