import type { Payload } from 'payload'

export type SiteSettings = {
  name: string
  publisher: string
  description: string
  /** Absolute origin of the portal without a trailing slash, e.g. https://warta.kota.go.id */
  baseUrl: string
  language: string
  twitterHandle: string | null
  logoUrl: string | null
}

const trimSlash = (url: string) => url.replace(/\/+$/, '')

/**
 * The `site` global with the base URL resolved: the global's `baseUrl`, else env `PUBLIC_URL`,
 * else http://localhost:3000 (development).
 */
export const querySiteSettings = async (payload: Payload): Promise<SiteSettings> => {
  const site = await payload.findGlobal({ slug: 'site', overrideAccess: false, depth: 1 })
  const baseUrl = trimSlash(site.baseUrl || process.env.PUBLIC_URL || 'http://localhost:3000')
  const logo = typeof site.logo === 'object' && site.logo ? site.logo : null
  return {
    name: site.name || 'Warta Kota',
    publisher: site.publisher || site.name || 'Warta Kota',
    description: site.description || '',
    baseUrl,
    language: site.language || 'id',
    twitterHandle: site.twitterHandle || null,
    logoUrl: logo?.url ? new URL(logo.url, `${baseUrl}/`).toString() : null,
  }
}
