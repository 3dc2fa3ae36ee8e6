import { createFakeClock, type FakeClock } from './fakeClock'
import { startInstagramFake, type InstagramFakeOptions } from './instagramFake'
import { startPortalFake } from './portalFake'
import { startStaticFileServer } from './staticFileServer'
import { startYoutubeFake, type YoutubeFakeOptions } from './youtubeFake'

export { createFakeClock, realClock } from './fakeClock'
export { fakeNetwork } from './http'
export { IG_ERRORS } from './instagramErrors'
export { YT_ERRORS } from './youtubeFake'

/**
 * All fake platforms on 127.0.0.1 (ephemeral ports), for tests and the demo. Point the
 * `channels` global at the returned URLs: Instagram `graphHost = instagram.url`, YouTube
 * `rootUrl`/`tokenUrl`, and use `files.publishImage` as the adapter's publishImage.
 */
export async function startFakePlatforms(
  options: { clock?: FakeClock; instagram?: InstagramFakeOptions; youtube?: YoutubeFakeOptions } = {},
) {
  const clock = options.clock ?? createFakeClock()
  const files = await startStaticFileServer()
  const instagram = await startInstagramFake({ clock, ...options.instagram })
  const youtube = await startYoutubeFake({ clock, ...options.youtube })
  const portal = await startPortalFake({ clock })
  return {
    clock,
    files,
    instagram,
    youtube,
    portal,
    urls: {
      files: files.url,
      instagramGraphHost: instagram.url,
      youtubeRootUrl: youtube.rootUrl,
      youtubeTokenUrl: youtube.tokenUrl,
      portal: portal.url,
    },
    credentials: {
      instagram: { igUserId: instagram.igUserId, accessToken: instagram.accessToken },
      youtube: { clientId: youtube.clientId, clientSecret: youtube.clientSecret, refreshToken: youtube.refreshToken },
    },
    stop: async () => {
      await Promise.all([files.close(), instagram.close(), youtube.close(), portal.close()])
    },
  }
}

export type FakePlatforms = Awaited<ReturnType<typeof startFakePlatforms>>
