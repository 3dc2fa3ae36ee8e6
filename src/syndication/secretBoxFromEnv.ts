import { secretBox, type SecretBox } from '@/utilities/secretBox'

/** The channels global's secret box, keyed from env (style.md §3: only syndication reads env). */
export function secretBoxFromEnv(env: NodeJS.ProcessEnv = process.env): SecretBox {
  return secretBox({
    secretKey: env.WARTA_SECRET_KEY,
    payloadSecret: env.PAYLOAD_SECRET,
    allowDevFallback: env.NODE_ENV !== 'production',
  })
}
