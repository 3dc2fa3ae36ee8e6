import path from 'node:path'

import { resolveSecretKey } from '@/config/resolveSecretKey'
import { secretBox, type SecretBox } from '@/utilities/secretBox'

/** The channels global's secret box, keyed from env (style.md §3: only syndication reads env). */
export function secretBoxFromEnv(env: NodeJS.ProcessEnv = process.env): SecretBox {
  return secretBox({
    secretKey: resolveSecretKey({
      key: env.WARTA_SECRET_KEY,
      nodeEnv: env.NODE_ENV,
      allowGenerated: env.WARTA_ALLOW_GENERATED_SECRET === 'true',
      dataDir: path.resolve('data'),
    }),
  })
}
