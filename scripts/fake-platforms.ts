// Fake Instagram/YouTube/portal-webhook servers for `npm run demo` and the e2e server (started as a
// child process by scripts/demo.mjs). Prints one line `WARTA_FAKE_PLATFORMS=<json>` (base URLs and
// credentials, see src/syndication/wiring/fakePlatforms.ts), then serves until SIGTERM/SIGINT.
// FAKE_LATENCY_MS adds latency to every answer. The seeded demo video ids (wartaDemo00…99) exist.
import type { FakePlatformsInfo } from '../src/syndication/wiring/fakePlatforms'

import { fakeNetwork, realClock, startFakePlatforms } from '../tests/fakes'

fakeNetwork.latencyMs = Number(process.env.FAKE_LATENCY_MS) || 0
const fakes = await startFakePlatforms({ clock: realClock() })
for (let i = 0; i < 100; i++) {
  fakes.youtube.addVideo({
    id: `wartaDemo${String(i).padStart(2, '0')}`,
    snippet: { title: `Video demo ${i}`, description: 'Rekaman kegiatan pemerintah kota.' },
  })
}
const hookSecret = process.env.FAKE_HOOK_SECRET || 'demo-webhook-secret-0123456789'
const info: FakePlatformsInfo = {
  instagramGraphHost: fakes.urls.instagramGraphHost,
  youtubeRootUrl: fakes.urls.youtubeRootUrl,
  youtubeTokenUrl: fakes.urls.youtubeTokenUrl,
  portalHookUrl: fakes.portal.hookUrl('demo', hookSecret),
  portalHookSecret: hookSecret,
  credentials: fakes.credentials,
}
console.log(`WARTA_FAKE_PLATFORMS=${JSON.stringify(info)}`)
console.error(`[fakes] Instagram ${fakes.urls.instagramGraphHost}, YouTube ${fakes.urls.youtubeRootUrl}, webhooks ${fakes.urls.portal}`)
setInterval(() => {
  console.error(`[fakes] Instagram posts: ${fakes.instagram.publishLog.length}, YouTube updates: ${fakes.youtube.count('videos.update')}, webhooks: ${fakes.portal.deliveries.length}`)
}, 60_000).unref()
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    void fakes.stop().finally(() => process.exit(0))
  })
}
