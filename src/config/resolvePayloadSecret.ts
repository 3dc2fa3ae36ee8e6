import { ConfigError } from './ConfigError'
import { generatedSecretFile } from './generatedSecretFile'

type Options = {
  secret: string | undefined
  nodeEnv: string | undefined
  dataDir: string
  warn?: (message: string) => void
}

/**
 * Production refuses to start without PAYLOAD_SECRET. Elsewhere a random secret is generated
 * once and kept in data/.payload-secret so sessions survive restarts.
 */
export const resolvePayloadSecret = ({ secret, nodeEnv, dataDir, warn = console.warn }: Options): string => {
  if (secret && secret.trim() !== '') {
    if (secret.length < 32 && nodeEnv === 'production') {
      throw new ConfigError('PAYLOAD_SECRET is too short; use at least 32 random characters (openssl rand -hex 32)')
    }
    return secret
  }
  // `next build` evaluates the config without serving requests: nothing is signed with this.
  if (process.env.NEXT_PHASE === 'phase-production-build') return 'build-time-placeholder-secret-not-for-runtime'
  if (nodeEnv === 'production' && process.env.WARTA_ALLOW_GENERATED_SECRET !== 'true') {
    throw new ConfigError('PAYLOAD_SECRET is not set; production needs it (generate one with: openssl rand -hex 32)')
  }
  return generatedSecretFile({
    dataDir,
    fileName: '.payload-secret',
    encoding: 'hex',
    onCreate: (file) => warn(`[warta] PAYLOAD_SECRET not set: generated one in ${file} (development only; set PAYLOAD_SECRET in production)`),
  })
}
