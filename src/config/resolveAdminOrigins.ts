import { ConfigError } from './ConfigError'

export interface AdminOriginsInput {
  /** PUBLIC_URL: the address readers and e-mail links use; always an admin address. */
  publicUrl?: string
  /** ADMIN_ORIGINS: extra addresses staff open the admin at, comma-separated (intranet IP, internal host name). */
  adminOrigins?: string
}

const originOf = (raw: string, variable: string): string => {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new ConfigError(`${variable}: "${raw}" is not an absolute URL (e.g. http://10.0.0.5:3000).`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`${variable}: "${raw}" must start with http:// or https://.`)
  }
  return url.origin
}

/**
 * Every origin the admin may be used from (PUBLIC_URL first, then ADMIN_ORIGINS), normalised to
 * `scheme://host[:port]` and without duplicates. Payload's cookie check (csrf) and CORS accept
 * exactly these; an empty list means "no PUBLIC_URL configured" and Payload accepts any origin.
 */
export const resolveAdminOrigins = ({ publicUrl, adminOrigins }: AdminOriginsInput): string[] => {
  const origins: string[] = []
  if (publicUrl?.trim()) origins.push(originOf(publicUrl.trim(), 'PUBLIC_URL'))
  for (const entry of (adminOrigins ?? '').split(',')) {
    if (entry.trim()) origins.push(originOf(entry.trim(), 'ADMIN_ORIGINS'))
  }
  return [...new Set(origins)]
}
