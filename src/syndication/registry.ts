import { instagramAdapter } from './instagram'
import { portalAdapter } from './portal'
import type { ChannelId, ChannelsSettings, SyndicationAdapter, SyndicationDeps } from './types'
import { youtubeAdapter } from './youtube'

type FactoryMap = {
  [K in ChannelId]: (settings: NonNullable<ChannelsSettings[K]>, deps: SyndicationDeps) => SyndicationAdapter
}

/** The same path, query and hash on another origin (an internal address of the portal). */
const rebaseUrl = (url: string, origin: string): string => {
  const source = new URL(url)
  return `${origin.replace(/\/+$/, '')}${source.pathname}${source.search}${source.hash}`
}

/** Channel id → adapter factory. Adding a channel means adding a line here, not a switch. */
const FACTORIES: FactoryMap = {
  portal: (settings, deps) =>
    portalAdapter({
      revalidate: deps.revalidate,
      webhooks: (settings.webhooks ?? []).map((hook) => ({ url: hook.url, secret: hook.secret ?? undefined })),
      liveCheck: settings.liveCheck === false ? false : undefined,
      checkUrl: settings.checkBaseUrl ? (item) => rebaseUrl(item.canonicalUrl, settings.checkBaseUrl as string) : undefined,
    }),
  instagram: (settings, deps) =>
    instagramAdapter({
      igUserId: settings.igUserId ?? '',
      accessToken: settings.accessToken ?? '',
      graphHost: settings.graphHost ?? undefined,
      graphVersion: settings.graphVersion ?? undefined,
      hashtags: settings.hashtags ?? undefined,
      maxHashtags: settings.maxHashtags ?? undefined,
      containerCap: settings.containerCap ?? undefined,
      publishImage: deps.publishImage,
      loadMedia: deps.loadMedia,
      readStoredMedia: deps.readStoredMedia,
    }),
  youtube: (settings, deps) =>
    youtubeAdapter({
      clientId: settings.clientId ?? '',
      clientSecret: settings.clientSecret ?? '',
      refreshToken: settings.refreshToken ?? '',
      rootUrl: settings.rootUrl ?? undefined,
      tokenUrl: settings.tokenUrl ?? undefined,
      loadMedia: deps.loadMedia,
      readStoredMedia: deps.readStoredMedia,
    }),
}

export interface AdapterRegistry {
  /** Enabled channels, in a stable order. */
  enabledChannels(): ChannelId[]
  /** The configured adapter; throws the adapter's config error when settings are incomplete. */
  get(channel: ChannelId): SyndicationAdapter | undefined
}

/**
 * Builds adapters from the decrypted `channels` global. Adapters are created lazily, so a
 * half-configured channel only fails when it is used (with an Indonesian config message).
 */
export function createAdapterRegistry(settings: ChannelsSettings, deps: SyndicationDeps): AdapterRegistry {
  const cache = new Map<ChannelId, SyndicationAdapter>()
  const channels = Object.keys(FACTORIES) as ChannelId[]
  const build = <K extends ChannelId>(channel: K): SyndicationAdapter | undefined => {
    const channelSettings = settings[channel]
    if (!channelSettings?.enabled) return undefined
    return FACTORIES[channel](channelSettings as NonNullable<ChannelsSettings[K]>, deps)
  }
  return {
    enabledChannels: () => channels.filter((channel) => Boolean(settings[channel]?.enabled)),
    get(channel) {
      if (!cache.has(channel)) {
        const adapter = build(channel)
        if (!adapter) return undefined
        cache.set(channel, adapter)
      }
      return cache.get(channel)
    },
  }
}
