import type { Endpoint, PayloadHandler } from 'payload'

import type { Syndication } from '@/payload-types'

import { checkRole } from '@/access/utilities'
import { configuredMediaStore } from '@/media/configuredMediaStore'
import { errorAnswer, jsonAnswer, notLoggedIn } from '@/utilities/endpointAnswers'
import { writeAuditEntry } from '@/workflow/writeAuditEntry'

import { channelTokenStatus } from './channelTokens'
import { updateSyndicationWhere } from './records'
import { SYNDICATION_IMAGE_NAME, syndicationImageKey } from './syndicationDeps'

const idOf = (value: unknown): number | string =>
  (typeof value === 'object' && value !== null && 'id' in value ? (value as { id: number | string }).id : value) as number | string

/** What staff see of a record (no checkpoint, no `sent`). */
export const publicRecord = (doc: Syndication) => ({
  id: doc.id,
  news: idOf(doc.news),
  channel: doc.channel,
  version: doc.version,
  operation: doc.operation,
  state: doc.state,
  attempts: doc.attempts ?? 0,
  remoteId: doc.remoteId ?? null,
  permalink: doc.permalink ?? null,
  lastError: doc.lastError ?? null,
  needsManualAction: doc.needsManualAction ?? false,
  manualActionReason: doc.manualActionReason ?? null,
  nextAttemptAt: doc.nextAttemptAt ?? null,
  finishedAt: doc.finishedAt ?? null,
  updatedAt: doc.updatedAt,
})

/** `POST /api/syndications/:id/retry` (verifiers, admins): a failed record goes back to the queue. */
const retry: PayloadHandler = async (req) => {
  if (!req.user) return notLoggedIn()
  if (!checkRole(['admin', 'verifier'], req.user)) return errorAnswer(403, 'Hanya verifikator dan admin yang dapat mengulang distribusi.')
  const id = String(req.routeParams?.id ?? '')
  const record = (await req.payload.findByID({ collection: 'syndications', id, depth: 0, overrideAccess: true, disableErrors: true })) as null | Syndication
  if (!record) return errorAnswer(404, 'Catatan distribusi tidak ditemukan.')
  if (record.state !== 'failed') return errorAnswer(409, 'Hanya distribusi yang gagal yang dapat dicoba lagi.')
  // Conditional (failed → queued): two clicks queue one retry. The checkpoint is kept on purpose.
  const doc = await updateSyndicationWhere(
    req.payload,
    { and: [{ id: { equals: record.id } }, { state: { equals: 'failed' } }] },
    { state: 'queued', attempts: 0, claimToken: null, leaseUntil: null, nextAttemptAt: null, finishedAt: null },
  )
  if (!doc) return errorAnswer(409, 'Distribusi ini sudah dicoba lagi.')
  await req.payload.jobs.queue({ task: 'syndicate', input: { syndicationId: String(record.id) } })
  await writeAuditEntry(req, {
    actor: req.user.id as number,
    actorEmail: req.user.email ?? null,
    action: 'syndication_retry',
    news: idOf(record.news) as number,
    fromState: 'failed',
    toState: 'queued',
    comment: `Distribusi ${record.channel} dicoba lagi (galat terakhir: ${record.lastError ?? '-'})`,
    details: { syndication: record.id, channel: record.channel, version: record.version, operation: record.operation },
  })
  return jsonAnswer(200, { doc: publicRecord(doc) })
}

/** `GET /api/syndications/by-news/:newsId` (verifiers, admins): the syndication tab of an item. */
const byNews: PayloadHandler = async (req) => {
  if (!req.user) return notLoggedIn()
  if (!checkRole(['admin', 'verifier'], req.user)) return errorAnswer(403, 'Hanya verifikator dan admin yang dapat melihat distribusi.')
  const { docs } = await req.payload.find({
    collection: 'syndications',
    where: { news: { equals: req.routeParams?.newsId } },
    sort: '-createdAt',
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  return jsonAnswer(200, { docs: (docs as Syndication[]).map(publicRecord) })
}

/**
 * `GET /api/syndications/images/:name`: public JPEGs prepared for Instagram (Meta downloads them),
 * read from the media store (MEDIA_DIR or the S3 bucket). 404 when the object is not there; 503
 * when the store cannot be read (Meta retries later, never caches an error as the image).
 */
const image: PayloadHandler = async (req) => {
  const name = String(req.routeParams?.name ?? '')
  if (!SYNDICATION_IMAGE_NAME.test(name)) return new Response('not found', { status: 404 })
  let body: Buffer | undefined
  try {
    body = await configuredMediaStore().read(syndicationImageKey(name))
  } catch (error) {
    req.payload.logger.warn(`[syndication] cannot read image ${name} from the media store: ${error instanceof Error ? error.message : String(error)}`)
    return new Response('media store unavailable', { status: 503, headers: { 'retry-after': '30' } })
  }
  if (!body) return new Response('not found', { status: 404 })
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: { 'content-type': 'image/jpeg', 'content-length': String(body.length), 'cache-control': 'public, max-age=31536000, immutable' },
  })
}

/** `GET /api/syndications/token-status` (admins): token expiry and problems, for the dashboard. */
const tokenStatus: PayloadHandler = async (req) => {
  if (!req.user) return notLoggedIn()
  if (!checkRole(['admin'], req.user)) return errorAnswer(403, 'Hanya admin yang dapat melihat status token kanal.')
  return jsonAnswer(200, { channels: await channelTokenStatus(req.payload) })
}

export const syndicationEndpoints: Endpoint[] = [
  { path: '/token-status', method: 'get', handler: tokenStatus },
  { path: '/images/:name', method: 'get', handler: image },
  { path: '/by-news/:newsId', method: 'get', handler: byNews },
  { path: '/:id/retry', method: 'post', handler: retry },
]
