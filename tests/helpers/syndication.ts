import type { Payload } from 'payload'

import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Media, News, Syndication, Unit, User } from '@/payload-types'

import { generateDemoImage } from '@/seed/generateDemoImage'
import { applyFakePlatformSettings, type FakePlatformsInfo } from '@/syndication/wiring/fakePlatforms'
import { overrideSyndicationDeps } from '@/syndication/wiring/syndicationDeps'

import { realClock, startFakePlatforms, type FakePlatforms } from '../fakes'
import { startPayload, type TestPayload } from './startPayload'
import { createDraft, transition } from './workflow'

export const TEST_SECRET_KEY = Buffer.alloc(32, 7).toString('base64')
export const HOOK_SECRET = 'rahasia-webhook-uji-123456'

/**
 * An HTTP server in front of Payload's REST handlers, started before Payload so PUBLIC_URL (the
 * config's serverURL) can point at it: the Instagram fake downloads `/api/syndications/images/…`
 * from here, as Meta would download from the portal.
 */
export async function startRestServer(): Promise<{ url: string; close: () => Promise<void> }> {
  let handlers: Record<string, (request: Request, ctx: { params: Promise<{ slug: string[] }> }) => Promise<Response>> | null = null
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', async () => {
      try {
        if (!handlers) {
          const routes = await import('@payloadcms/next/routes')
          const { default: config } = await import('@payload-config')
          handlers = { GET: routes.REST_GET(config), POST: routes.REST_POST(config) }
        }
        const url = new URL(req.url ?? '/', 'http://127.0.0.1')
        const handler = handlers[req.method ?? 'GET']
        if (!handler || !url.pathname.startsWith('/api/')) {
          res.writeHead(404).end()
          return
        }
        const body = chunks.length ? Buffer.concat(chunks) : undefined
        const request = new Request(url, { method: req.method, headers: req.headers as Record<string, string>, body })
        const slug = url.pathname.replace(/^\/api\//, '').split('/').filter(Boolean)
        const response = await handler(request, { params: Promise.resolve({ slug }) })
        res.writeHead(response.status, Object.fromEntries(response.headers))
        res.end(Buffer.from(await response.arrayBuffer()))
      } catch (error) {
        res.writeHead(500).end(String(error))
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export const fakeInfo = (fakes: FakePlatforms): FakePlatformsInfo => ({
  instagramGraphHost: fakes.urls.instagramGraphHost,
  youtubeRootUrl: fakes.urls.youtubeRootUrl,
  youtubeTokenUrl: fakes.urls.youtubeTokenUrl,
  portalHookUrl: fakes.portal.hookUrl('warta', HOOK_SECRET),
  portalHookSecret: HOOK_SECRET,
  credentials: fakes.credentials,
})

export interface SyndicationHarness extends TestPayload {
  fakes: FakePlatforms
  rest: { url: string; close: () => Promise<void> }
  stopAll: () => Promise<void>
}

/**
 * Payload on a fresh database + the fake platforms on a wall clock + the channels global pointed
 * at them. The portal channel renders its pages in the portal fake (its `revalidate`) and the live
 * check reads them there (`checkBaseUrl`).
 */
export async function startSyndicationHarness(name: string, env: Record<string, string> = {}): Promise<SyndicationHarness> {
  const rest = await startRestServer()
  Object.assign(process.env, {
    PUBLIC_URL: rest.url,
    WARTA_SECRET_KEY: TEST_SECRET_KEY,
    WARTA_SYNDICATION_MAX_DELAY_MS: '300',
    WARTA_SYNDICATION_RETRY_BASE_MS: '100',
    WARTA_SYNDICATION_LEASE_MS: '60000',
    ...env,
  })
  const fakes = await startFakePlatforms({ clock: realClock() })
  const t = await startPayload(name)
  overrideSyndicationDeps({ revalidate: fakes.portal.revalidate })
  await applyFakePlatformSettings(t.payload, fakeInfo(fakes), { checkBaseUrl: fakes.portal.url })
  return {
    ...t,
    fakes,
    rest,
    stopAll: async () => {
      overrideSyndicationDeps(undefined)
      await t.stop()
      await fakes.stop()
      await rest.close()
    },
  }
}

/** Runs the default queue until no job is runnable or waiting (sleeps until the next waitUntil). */
export async function runJobsUntilIdle(payload: Payload, { timeoutMs = 60_000, limit = 50 } = {}): Promise<number> {
  const started = Date.now()
  let runs = 0
  for (;;) {
    if (Date.now() - started > timeoutMs) {
      const jobs = await payload.find({ collection: 'payload-jobs', where: { completedAt: { exists: false } }, limit: 5, depth: 0, overrideAccess: true })
      const records = await payload.find({ collection: 'syndications', where: { state: { in: ['queued', 'running'] } }, limit: 5, depth: 0, overrideAccess: true })
      const brief = (doc: object) => JSON.stringify(doc, (key, value) => (['log', 'checkpoint', 'sent'].includes(key) ? undefined : value))
      throw new Error(
        `jobs still pending after ${timeoutMs} ms: ${jobs.totalDocs} jobs, e.g. ${jobs.docs.map(brief).join(' ')}; ` +
          `${records.totalDocs} records, e.g. ${records.docs.map(brief).join(' ')}`,
      )
    }
    const result = await payload.jobs.run({ queue: 'default', limit })
    runs += 1
    const ran = Object.keys(result.jobStatus ?? {}).length
    if (ran > 0) continue
    const pending = await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }, { processing: { equals: false } }] },
      sort: 'waitUntil',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const next = pending.docs[0]
    if (!next) return runs
    const waitMs = next.waitUntil ? new Date(next.waitUntil).getTime() - Date.now() : 0
    await new Promise((resolve) => setTimeout(resolve, Math.min(Math.max(waitMs + 5, 20), 2000)))
  }
}

let imageSeq = 0
export async function createCover(payload: Payload): Promise<Media> {
  imageSeq += 1
  const data = await generateDemoImage(imageSeq % 8, 1200, 900)
  return payload.create({
    collection: 'media',
    data: { alt: `Foto kegiatan uji nomor ${imageSeq}`, caption: 'Foto uji.', credit: 'Humas' },
    file: { data, mimetype: 'image/jpeg', name: `sampul-${imageSeq}.jpg`, size: data.length },
  })
}

/** An approved item with a cover, Instagram/YouTube options; not yet published. */
export async function approvedItemWithChannels(
  payload: Payload,
  users: { writer: User; verifier: User },
  unit: Unit['id'],
  options: { title?: string; cover?: Media['id']; instagram?: boolean; youtubeVideoId?: string; visibility?: 'internal' | 'public' } = {},
): Promise<News> {
  const draft = await createDraft(payload, users.writer, unit, options.title)
  await payload.update({
    collection: 'news',
    id: draft.id,
    data: {
      coverImage: options.cover,
      youtubeVideoId: options.youtubeVideoId,
      visibility: options.visibility ?? 'public',
      channels: { instagram: { enabled: Boolean(options.instagram) }, youtube: { enabled: Boolean(options.youtubeVideoId) } },
    },
    context: { trusted: true },
  })
  await transition(payload, users.writer, draft.id, { action: 'submit' })
  return transition(payload, users.verifier, draft.id, { action: 'approve' })
}

export async function recordsFor(payload: Payload, newsId: News['id']): Promise<Syndication[]> {
  const { docs } = await payload.find({
    collection: 'syndications',
    where: { news: { equals: newsId } },
    sort: 'createdAt',
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  return docs as Syndication[]
}

let videoSeq = 0
/** A fresh 11-character video id known to the YouTube fake. */
export function addVideo(fakes: FakePlatforms): string {
  videoSeq += 1
  const id = `vid${String(videoSeq).padStart(8, '0')}`
  fakes.youtube.addVideo({ id, snippet: { title: 'Video kegiatan', description: 'Rekaman kegiatan.' } })
  return id
}
