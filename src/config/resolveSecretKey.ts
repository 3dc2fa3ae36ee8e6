import { ConfigError } from './ConfigError'
import { generatedSecretFile } from './generatedSecretFile'

type Options = {
  /** `WARTA_SECRET_KEY`: 32 random bytes as base64 (44 chars) or hex (64 chars). */
  key: string | undefined
  nodeEnv: string | undefined
  /** `WARTA_ALLOW_GENERATED_SECRET=true` (set by `npm run demo`): a laptop demo may generate one. */
  allowGenerated: boolean
  dataDir: string
  warn?: (message: string) => void
}

const KEY_HINT = 'generate one with: openssl rand -base64 32'

/**
 * The key that encrypts channel secrets at rest. Production refuses to start without it;
 * development and the demo generate one once in data/.warta-secret-key so stored secrets
 * stay readable across restarts. Kept apart from PAYLOAD_SECRET so either can be rotated alone.
 */
export const resolveSecretKey = ({ key, nodeEnv, allowGenerated, dataDir, warn = console.warn }: Options): string => {
  const raw = key?.trim()
  if (raw) {
    assertKeyShape(raw)
    return raw
  }
  if (nodeEnv === 'production' && !allowGenerated) {
    throw new ConfigError(`WARTA_SECRET_KEY is not set; production needs it to encrypt channel secrets (${KEY_HINT})`)
  }
  return generatedSecretFile({
    dataDir,
    fileName: '.warta-secret-key',
    encoding: 'base64',
    onCreate: (file) => warn(`[warta] WARTA_SECRET_KEY not set: generated one in ${file} (demo/development only; set it in production)`),
  })
}

function assertKeyShape(raw: string): void {
  const bytes = /^[0-9a-fA-F]{64}$/.test(raw) ? 32 : Buffer.from(raw, 'base64').length
  if (bytes !== 32) throw new ConfigError(`WARTA_SECRET_KEY must be exactly 32 bytes, base64 or hex (${KEY_HINT})`)
}
