import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

export interface SecretBoxKeySource {
  /**
   * `WARTA_SECRET_KEY`: 32 random bytes as base64 (44 chars) or hex (64 chars).
   * Generate with `openssl rand -base64 32`.
   */
  secretKey?: string | null
}

export interface SecretBox {
  /** `v1:<iv>:<tag>:<ciphertext>` (base64 parts). `aad` binds the value to its field. */
  encrypt(plaintext: string, aad?: string): string
  decrypt(sealed: string, aad?: string): string
  isSealed(value: string | null | undefined): boolean
}

const PREFIX = 'v1'
const IV_BYTES = 12 // GCM's recommended nonce size

/**
 * AES-256-GCM for channel secrets at rest. The caller passes the env values (utilities never
 * read process.env; see `src/syndication/secretBoxFromEnv.ts`, which also generates a
 * development/demo key via `src/config/resolveSecretKey.ts`).
 */
export function secretBox(source: SecretBoxKeySource): SecretBox {
  const key = resolveKey(source)
  return {
    encrypt(plaintext, aad) {
      const iv = randomBytes(IV_BYTES)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      if (aad) cipher.setAAD(Buffer.from(aad, 'utf8'))
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
      const tag = cipher.getAuthTag()
      return [PREFIX, iv.toString('base64'), tag.toString('base64'), ciphertext.toString('base64')].join(':')
    },
    decrypt(sealed, aad) {
      const parts = sealed.split(':')
      if (parts.length !== 4 || parts[0] !== PREFIX) throw new Error('[secretBox] not a v1 sealed value')
      const [, ivB64, tagB64, dataB64] = parts
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(ivB64, 'base64'))
      if (aad) decipher.setAAD(Buffer.from(aad, 'utf8'))
      decipher.setAuthTag(Buffer.from(tagB64, 'base64'))
      try {
        return Buffer.concat([decipher.update(Buffer.from(dataB64, 'base64')), decipher.final()]).toString('utf8')
      } catch (cause) {
        throw new Error('[secretBox] cannot decrypt: wrong key or tampered value', { cause })
      }
    },
    isSealed(value) {
      return typeof value === 'string' && /^v1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]*$/.test(value)
    },
  }
}

function resolveKey(source: SecretBoxKeySource): Buffer {
  const raw = source.secretKey?.trim()
  if (raw) return parseKey(raw)
  throw new Error('[secretBox] WARTA_SECRET_KEY is not set (32 bytes, base64 or hex)')
}

function parseKey(raw: string): Buffer {
  const key = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64')
  if (key.length !== 32) throw new Error('[secretBox] WARTA_SECRET_KEY must decode to exactly 32 bytes')
  return key
}
