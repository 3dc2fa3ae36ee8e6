import { SyndicationError } from './errors'
import type { ChannelId } from './types'

/** A missing setting is a configuration problem, never worth a retry. */
export function requiredOptionError(channel: ChannelId, option: string): SyndicationError {
  return new SyndicationError(channel, `missing required option "${option}"`, {
    code: 'config',
    userMessage: `Pengaturan kanal ${channel} belum lengkap: "${option}" wajib diisi oleh admin.`,
  })
}
