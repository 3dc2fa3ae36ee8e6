import { SyndicationError } from '../errors'
import { loadMediaBuffer } from '../loadMediaBuffer'
import { toCheckpoint } from '../toCheckpoint'
import type { AdapterContext, Checkpoint, StepOutcome, SyndicationItem } from '../types'

import { buildCaption } from './buildCaption'
import { createMediaContainer } from './createMediaContainer'
import { findPublishedMedia } from './findPublishedMedia'
import { getContainerStatus } from './getContainerStatus'
import { getMediaPermalink } from './getMediaPermalink'
import { getPublishingLimit, type PublishingLimit } from './getPublishingLimit'
import { instagramImages } from './instagramImages'
import { pollDelay } from './pollDelay'
import { prepareInstagramImage } from './prepareInstagramImage'
import { publishContainer } from './publishContainer'
import type { GraphClient, InstagramAdapterOptions, InstagramCheckpoint } from './types'

const THROTTLE_WAIT_MS = 15 * 60_000

/**
 * One job step of the container → status → publish flow (platform-apis.md §1.2, §4.2).
 * Runs as far as it can without sleeping; returns `wait` when Instagram needs time. Every
 * remote id is saved (awaited) before the next call, and a stored container is always
 * re-read before anything else, so a retry never publishes twice.
 */
export async function runInstagramStep(
  options: InstagramAdapterOptions,
  item: SyndicationItem,
  checkpoint: Checkpoint | null,
  ctx: AdapterContext,
): Promise<StepOutcome> {
  const now = ctx.now ?? Date.now
  const fetchImpl = ctx.fetch ?? globalThis.fetch
  const host = (options.graphHost ?? 'https://graph.facebook.com').replace(/\/+$/, '')
  const client: GraphClient = {
    baseUrl: `${host}/${options.graphVersion ?? 'v25.0'}`,
    accessToken: options.accessToken,
    igUserId: options.igUserId,
    fetch: fetchImpl,
    timeoutMs: options.timeoutMs ?? 30_000,
    signal: ctx.signal,
    usage: {},
  }
  const pollTotalMs = options.pollTotalMs ?? 5 * 60_000
  const maxContainers = options.maxContainers ?? 3
  const cp: InstagramCheckpoint = { phase: 'start', ...(checkpoint as Partial<InstagramCheckpoint> | null) }
  const caption = cp.caption ?? buildCaption(item, options)

  const save = async (patch: Partial<InstagramCheckpoint>) => {
    Object.assign(cp, patch)
    await ctx.saveCheckpoint(toCheckpoint(cp))
  }
  const wait = async (delayMs: number, reason: string): Promise<StepOutcome> => {
    await save({})
    return { kind: 'wait', checkpoint: toCheckpoint(cp), delayMs: Math.max(1, Math.round(delayMs)), reason }
  }
  const quotaWait = (limit?: PublishingLimit) => {
    // Rolling window: without per-post times, the average spacing of a full window is a fair guess.
    const durationMs = (limit?.durationSec ?? 86_400) * 1000
    return Math.min(durationMs, Math.max(10 * 60_000, Math.ceil(durationMs / Math.max(1, limit?.total ?? 50))))
  }
  const resetContainer = async (why: string) => {
    const created = cp.containersCreated ?? 0
    if (created >= maxContainers) {
      throw new SyndicationError('instagram', `gave up after ${created} containers (${why})`, {
        code: 'ig:containers-exhausted',
        userMessage: 'Instagram berulang kali gagal memproses gambar. Periksa gambar lalu kirim ulang secara manual.',
      })
    }
    ctx.logger.warn(`[syndication] [instagram] new container for ${item.id}: ${why}`)
    await save({
      containerId: undefined,
      childIds: [],
      phase: 'start',
      pollCount: 0,
      recheckedAt: undefined,
      expiredOnPublishCount: 0,
    })
  }

  const publishImages = async (): Promise<string[]> => {
    const load = options.loadMedia ?? ((media) => loadMediaBuffer('instagram', media, fetchImpl))
    const urls: string[] = []
    let ratio: number | undefined
    for (const [index, media] of instagramImages(item).entries()) {
      const original = await load(media)
      let jpeg
      try {
        jpeg = await prepareInstagramImage(original, { ratio, focalX: media.focalX, focalY: media.focalY })
      } catch (cause) {
        throw new SyndicationError('instagram', `cannot convert ${media.url} to JPEG`, {
          cause,
          code: 'media-invalid',
          userMessage: `Gambar "${media.alt || media.url}" rusak atau tidak dapat diubah ke JPEG.`,
        })
      }
      ratio ??= jpeg.width / jpeg.height // carousel children follow the first image's ratio
      urls.push(await options.publishImage(jpeg.buffer, `${item.slug}-${item.versionId}-ig-${index + 1}.jpg`))
    }
    return urls
  }

  const createContainers = async () => {
    const images = instagramImages(item)
    const urls = cp.imageUrls ?? []
    try {
      if (urls.length === 1) {
        const id = await createMediaContainer(client, {
          kind: 'image',
          imageUrl: urls[0],
          caption,
          altText: images[0]?.alt,
        })
        await save({
          containerId: id,
          containerCreatedAt: now(),
          containersCreated: (cp.containersCreated ?? 0) + 1,
          phase: 'polling',
          pollCount: 0,
        })
        return
      }
      const childIds = [...(cp.childIds ?? [])]
      for (let index = childIds.length; index < urls.length; index += 1) {
        childIds.push(
          await createMediaContainer(client, {
            kind: 'carouselItem',
            imageUrl: urls[index],
            altText: images[index]?.alt,
          }),
        )
        await save({ childIds: [...childIds] })
      }
      const id = await createMediaContainer(client, { kind: 'carousel', children: childIds, caption })
      await save({
        containerId: id,
        containerCreatedAt: now(),
        containersCreated: (cp.containersCreated ?? 0) + 1,
        phase: 'polling',
        pollCount: 0,
      })
    } catch (error) {
      // "Media URL could not be fetched": retry once (hosting hiccup), then it is our hosting.
      if (error instanceof SyndicationError && error.code?.startsWith('ig:9004')) {
        if (cp.mediaFetchRetried) {
          throw new SyndicationError('instagram', error.message.replace(/^\[syndication\] \[instagram\] /, ''), {
            cause: error,
            code: error.code,
            httpStatus: error.httpStatus,
            userMessage:
              'Instagram tidak dapat mengunduh gambar dari server kita. Pastikan URL berkas gambar dapat diakses publik (bukan localhost) dan tidak diblokir robots.txt.',
          })
        }
        await save({ mediaFetchRetried: true })
      }
      throw error
    }
  }

  /** Returns an outcome, or 'continue' when the loop should go on (new container). */
  const onPublishError = async (error: unknown): Promise<StepOutcome | 'continue'> => {
    if (!(error instanceof SyndicationError)) throw error
    const ambiguous = error.httpStatus === undefined || error.httpStatus >= 500
    if (ambiguous) {
      // Do NOT create a new container: the publish may have happened. Phase stays 'publishing';
      // the next run reads the container status first (PUBLISHED → success).
      await save({ recheckedAt: undefined })
      throw new SyndicationError('instagram', `media_publish outcome unknown: ${error.message}`, {
        cause: error,
        retryable: true,
        retryAfterMs: error.retryAfterMs,
        code: 'ig:publish-unknown',
        userMessage:
          'Hasil unggahan Instagram belum pasti (koneksi terputus). Sistem akan memeriksa status dulu sebelum mencoba lagi, tanpa unggahan ganda.',
      })
    }
    // A Graph error envelope below 500 is a definitive "not published".
    if (error.code === 'ig:9/2207042') {
      await save({ phase: 'polling' })
      const limit = await getPublishingLimit(client).catch(() => undefined)
      return wait(quotaWait(limit), 'publishing quota full (9/2207042)')
    }
    if (error.code === 'ig:9007/2207027') {
      const pollCount = cp.pollCount ?? 0
      await save({ phase: 'polling', pollCount: pollCount + 1 })
      return wait(pollDelay(pollCount, options.pollInitialMs, options.pollMaxMs), 'container not ready (9007/2207027)')
    }
    if (error.code === 'ig:24/2207008') {
      const count = (cp.expiredOnPublishCount ?? 0) + 1
      if (count <= 2) {
        await save({ phase: 'polling', expiredOnPublishCount: count })
        return wait(30_000 * count, 'container reported missing/expired on publish (24/2207008)')
      }
      await resetContainer('24/2207008 persisted')
      return 'continue'
    }
    if (error.code === 'ig:24/2207006' && !cp.recreatedAfterNotFound) {
      await save({ recreatedAfterNotFound: true })
      await resetContainer('container not found (24/2207006)')
      return 'continue'
    }
    await save({ phase: 'polling' })
    throw error
  }

  try {
    return await loop()
  } catch (error) {
    // graphRequest refuses to call at 100 % usage; every id is saved by then, so just wait.
    if (error instanceof SyndicationError && error.code === 'ig:throttled') {
      return wait(error.retryAfterMs ?? THROTTLE_WAIT_MS, 'graph usage at 100 %')
    }
    throw error
  }

  async function loop(): Promise<StepOutcome> {
    for (let guard = 0; guard < 25; guard += 1) {
      if ((client.usage.maxPercent ?? 0) >= 80)
        ctx.logger.warn(`[syndication] [instagram] graph usage at ${client.usage.maxPercent} %`)

      if (cp.mediaId) {
        const media = await getMediaPermalink(client, cp.mediaId)
        return {
          kind: 'done',
          result: {
            externalId: cp.mediaId,
            url: media.permalink,
            syndicatedAt: new Date(now()).toISOString(),
            sent: toCheckpoint({
              caption,
              imageUrls: cp.imageUrls,
              containerId: cp.containerId,
              childIds: cp.childIds,
            }),
          },
        }
      }

      if (!cp.containerId) {
        const limit = await getPublishingLimit(client)
        if (limit.usage >= limit.total)
          return wait(quotaWait(limit), `publishing quota full (${limit.usage}/${limit.total})`)
        if (!cp.imageUrls?.length) await save({ caption, imageUrls: await publishImages() })
        await createContainers()
        continue
      }

      let statusCode
      try {
        statusCode = (await getContainerStatus(client, cp.containerId)).statusCode
      } catch (error) {
        if (
          error instanceof SyndicationError &&
          !cp.recreatedAfterNotFound &&
          /^ig:(24\/2207006|100\/33)$/.test(error.code ?? '')
        ) {
          await save({ recreatedAfterNotFound: true })
          await resetContainer('container not found')
          continue
        }
        if (cp.phase === 'publishing' && error instanceof SyndicationError) {
          // The outcome stays unknown (a reconciler may look later); never guess "failed".
          throw new SyndicationError('instagram', `cannot read container after publish: ${error.message}`, {
            cause: error,
            retryable: true,
            retryAfterMs: error.retryAfterMs,
            code: 'ig:publish-unknown',
            userMessage: 'Status unggahan Instagram belum dapat dipastikan; sistem akan memeriksa lagi.',
          })
        }
        throw error
      }

      switch (statusCode) {
        case 'PUBLISHED': {
          const mediaId = await findPublishedMedia(client, caption)
          if (!mediaId) {
            throw new SyndicationError(
              'instagram',
              `container ${cp.containerId} is PUBLISHED but its media is not among the latest posts`,
              {
                retryable: true,
                code: 'ig:publish-unknown',
                userMessage:
                  'Unggahan Instagram sudah terbit, tetapi tautannya belum ditemukan; sistem akan mencari lagi.',
              },
            )
          }
          await save({ mediaId, phase: 'published' })
          continue
        }
        case 'FINISHED': {
          if (cp.phase === 'publishing' && cp.recheckedAt === undefined) {
            await save({ recheckedAt: now() })
            return wait(
              options.recheckAfterAmbiguousMs ?? 30_000,
              'FINISHED after an ambiguous publish: re-reading later (status can lag)',
            )
          }
          await save({ phase: 'publishing' })
          let mediaId: string
          try {
            mediaId = await publishContainer(client, cp.containerId)
          } catch (error) {
            const outcome = await onPublishError(error)
            if (outcome === 'continue') continue
            return outcome
          }
          await save({ mediaId, phase: 'published', recheckedAt: undefined })
          continue
        }
        case 'IN_PROGRESS': {
          const elapsed = now() - (cp.containerCreatedAt ?? now())
          if (elapsed >= pollTotalMs) {
            await resetContainer(`still IN_PROGRESS after ${Math.round(elapsed / 1000)} s`)
            continue
          }
          const pollCount = cp.pollCount ?? 0
          await save({ pollCount: pollCount + 1 })
          return wait(
            Math.min(pollDelay(pollCount, options.pollInitialMs, options.pollMaxMs), pollTotalMs - elapsed),
            'container IN_PROGRESS',
          )
        }
        default:
          // ERROR (processing failed) or EXPIRED (24 h): only a new container helps.
          await resetContainer(`container ${cp.containerId} is ${statusCode}`)
      }
    }
    throw new SyndicationError('instagram', 'step did not settle', { retryable: true, code: 'ig:loop' })
  }
}
