import type { Payload } from 'payload'

/** What `scripts/fake-platforms.ts` prints and `scripts/demo.mjs` passes as WARTA_FAKE_PLATFORMS. */
export interface FakePlatformsInfo {
  instagramGraphHost: string
  youtubeRootUrl: string
  youtubeTokenUrl: string
  /** Webhook receiver of the portal fake (signed deliveries). */
  portalHookUrl?: string
  portalHookSecret?: string
  credentials: {
    instagram: { igUserId: string; accessToken: string }
    youtube: { clientId: string; clientSecret: string; refreshToken: string }
  }
}

export const fakePlatformsFromEnv = (env: NodeJS.ProcessEnv = process.env): FakePlatformsInfo | null => {
  if (!env.WARTA_FAKE_PLATFORMS) return null
  return JSON.parse(env.WARTA_FAKE_PLATFORMS) as FakePlatformsInfo
}

/** Points the `channels` global at the fake platforms (demo, e2e, tests). Secrets are sealed by the hook. */
export async function applyFakePlatformSettings(
  payload: Payload,
  fakes: FakePlatformsInfo,
  portal: { liveCheck?: boolean; checkBaseUrl?: null | string } = {},
): Promise<void> {
  await payload.updateGlobal({
    slug: 'channels',
    data: {
      portal: {
        enabled: true,
        liveCheck: portal.liveCheck ?? true,
        checkBaseUrl: portal.checkBaseUrl ?? null,
        webhooks: fakes.portalHookUrl ? [{ url: fakes.portalHookUrl, secret: fakes.portalHookSecret ?? null }] : [],
      },
      instagram: {
        enabled: true,
        graphHost: fakes.instagramGraphHost,
        graphVersion: 'v25.0',
        // The fake implements Instagram Login's ig_refresh_token (and fb_exchange_token).
        loginKind: 'instagram',
        igUserId: fakes.credentials.instagram.igUserId,
        accessToken: fakes.credentials.instagram.accessToken,
      },
      youtube: {
        enabled: true,
        clientId: fakes.credentials.youtube.clientId,
        clientSecret: fakes.credentials.youtube.clientSecret,
        refreshToken: fakes.credentials.youtube.refreshToken,
        rootUrl: fakes.youtubeRootUrl,
        tokenUrl: fakes.youtubeTokenUrl,
      },
    },
    overrideAccess: true,
    context: { trusted: true },
  })
}
