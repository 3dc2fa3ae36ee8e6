import { SyndicationError } from '../errors'
import { loadMediaBuffer } from '../loadMediaBuffer'
import { toCheckpoint } from '../toCheckpoint'
import type { AdapterContext, Checkpoint, StepOutcome, SyndicationItem } from '../types'

import { buildCaption } from './buildCaption'
import { containerBudget } from './containerBudget'
import { createMediaContainer } from './createMediaContainer'
import { findPublishedMedia } from './findPublishedMedia'
import { getContainerStatus } from './getContainerStatus'
import { getMediaPermalink } from './getMediaPermalink'
import { getPublishingLimit, type PublishingLimit } from './getPublishingLimit'
import { instagramImages } from './instagramImages'
import { parseContainerError } from './parseContainerError'
import { pollDelay } from './pollDelay'
import { prepareInstagramImage } from './prepareInstagramImage'
import { provesNotPublished } from './publishOutcome'
import { publishContainer } from './publishContainer'
import type { GraphClient, InstagramAdapterOptions, InstagramCheckpoint } from './types'

const THROTTLE_WAIT_MS = 15 * 60_000
const CONTAINER_CAP_WAIT_MS = 30 * 60_000
/** Intermittent reads (100/33, 24/2207006 on valid containers): re-read this often before believing them. */
const READ_RETRIES_BEFORE_RESET = 3
/** A code the status/list reads answer intermittently for objects that exist. */
const FLAKY_READ = /^ig:(100\/33|24\/2207006)$/

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
  const budget = containerBudget(options.igUserId, options.containerCap ?? 400, options.containerLedger)
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
      childrenFinished: [],
      childrenCreatedAt: undefined,
      phase: 'start',
      pollCount: 0,
      recheckedAt: undefined,
      expiredOnPublishCount: 0,
      publishAttempted: false,
      publishAttemptedAt: undefined,
      publishError: undefined,
      readFailures: 0,
    })
  }
  /** A read failed: back off and read again (the job re-runs the step). */
  const readBackoff = (error: SyndicationError, what: string): StepOutcome | Promise<StepOutcome> => {
    const failures = (cp.readFailures ?? 0) + 1
    return save({ readFailures: failures }).then(() =>
      wait(Math.max(error.retryAfterMs ?? 0, pollDelay(failures, 5000, 5 * 60_000)), `${what} (${error.code ?? 'error'})`),
    )
  }
  /** Permanent failure from a container that Instagram could not process. */
  const containerFailed = async (statusText: string | undefined) => {
    const parsed = parseContainerError(statusText)
    if (parsed.permanent) {
      await save({ phase: 'start', publishAttempted: false })
      throw new SyndicationError('instagram', `container ${cp.containerId} is ERROR: ${parsed.text}`, {
        code: `ig:status/${parsed.subcode}`,
        userMessage: parsed.userMessage,
      })
    }
    await resetContainer(`container ${cp.containerId} is ERROR: ${parsed.text}`)
  }

  const publishImages = async (): Promise<string[]> => {
    const load = options.loadMedia ?? ((media) => loadMediaBuffer('instagram', media, fetchImpl, options.readStoredMedia))
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

  const create = async (spec: Parameters<typeof createMediaContainer>[1]) => {
    const id = await createMediaContainer(client, spec)
    budget.record(now())
    return id
  }

  /** Creates the single container, or the carousel children (the parent waits for them). */
  const createContainers = async () => {
    const images = instagramImages(item)
    const urls = cp.imageUrls ?? []
    try {
      if (urls.length === 1) {
        const id = await create({
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
      if (!cp.childrenCreatedAt) await save({ childrenCreatedAt: now() })
      for (let index = childIds.length; index < urls.length; index += 1) {
        childIds.push(
          await create({
            kind: 'carouselItem',
            imageUrl: urls[index],
            altText: images[index]?.alt,
          }),
        )
        await save({ childIds: [...childIds], phase: 'children', pollCount: 0 })
      }
    } catch (error) {
      // Instagram refuses more containers (400 per rolling 24 h): wait, keep what exists.
      if (error instanceof SyndicationError && error.code === 'ig:4/2207042') {
        return wait(CONTAINER_CAP_WAIT_MS, 'container cap reached on Instagram (4/2207042)')
      }
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
    return undefined
  }

  /** Carousel: every child FINISHED before the parent is created (Meta's carousel guide; Postiz waits too). */
  const advanceChildren = async (): Promise<StepOutcome | undefined> => {
    const childIds = cp.childIds ?? []
    const finished = new Set(cp.childrenFinished ?? [])
    for (const childId of childIds) {
      if (finished.has(childId)) continue
      let child
      try {
        child = await getContainerStatus(client, childId)
      } catch (error) {
        if (!(error instanceof SyndicationError) || !error.retryable && !FLAKY_READ.test(error.code ?? '')) throw error
        if ((cp.readFailures ?? 0) + 1 >= READ_RETRIES_BEFORE_RESET && FLAKY_READ.test(error.code ?? '')) {
          await resetContainer(`carousel child ${childId} unreadable (${error.code})`)
          return undefined
        }
        return readBackoff(error, `carousel child ${childId} unreadable`)
      }
      if (child.statusCode === 'FINISHED') {
        finished.add(childId)
        await save({ childrenFinished: [...finished], readFailures: 0 })
        continue
      }
      if (child.statusCode === 'ERROR' || child.statusCode === 'EXPIRED') {
        await containerFailed(child.status ?? child.statusCode)
        return undefined
      }
      const elapsed = now() - (cp.childrenCreatedAt ?? now())
      if (elapsed >= pollTotalMs) {
        await resetContainer(`carousel child ${childId} still ${child.statusCode} after ${Math.round(elapsed / 1000)} s`)
        return undefined
      }
      const pollCount = cp.pollCount ?? 0
      await save({ pollCount: pollCount + 1 })
      return wait(pollDelay(pollCount, options.pollInitialMs, options.pollMaxMs), 'carousel child IN_PROGRESS')
    }
    const id = await create({ kind: 'carousel', children: childIds, caption })
    await save({
      containerId: id,
      containerCreatedAt: now(),
      containersCreated: (cp.containersCreated ?? 0) + 1,
      phase: 'polling',
      pollCount: 0,
    })
    return undefined
  }

  /** Returns an outcome, or 'continue' when the loop should go on (new container). */
  const onPublishError = async (error: unknown): Promise<StepOutcome | 'continue'> => {
    if (!(error instanceof SyndicationError)) throw error
    if (!provesNotPublished(error.code)) {
      // Timeout, network, 5xx, or a 4xx that has been seen on posts that went live (4/2207051):
      // do NOT publish again. The next run reads the container first (PUBLISHED → success;
      // FINISHED twice, 30 s apart → not published, then the original error decides).
      await save({
        recheckedAt: undefined,
        publishError: { code: error.code, message: error.message, userMessage: error.userMessage, retryable: error.retryable },
      })
      throw new SyndicationError('instagram', `media_publish outcome unknown: ${error.message}`, {
        cause: error,
        retryable: true,
        retryAfterMs: error.retryAfterMs,
        code: 'ig:publish-unknown',
        userMessage:
          'Hasil unggahan Instagram belum pasti. Sistem akan memeriksa status dulu sebelum mencoba lagi, tanpa unggahan ganda.',
      })
    }
    // The code proves nothing was published.
    await save({ publishAttempted: false, publishAttemptedAt: undefined, publishError: undefined })
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
    if (error.code === 'ig:-2/2207020') {
      await resetContainer('container expired (-2/2207020)')
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

  async function finish(): Promise<StepOutcome> {
    const sent = toCheckpoint({ caption, imageUrls: cp.imageUrls, containerId: cp.containerId, childIds: cp.childIds })
    const result = (url: string | undefined, warnings?: string[]): StepOutcome => ({
      kind: 'done',
      result: {
        externalId: cp.mediaId as string,
        url,
        syndicatedAt: new Date(now()).toISOString(),
        warnings,
        sent,
      },
    })
    if (cp.mediaAmbiguous) {
      return result(undefined, [
        'Unggahan Instagram sudah terbit, tetapi ada unggahan lain dengan keterangan yang sama sehingga tautannya tidak dapat dipastikan. Periksa di aplikasi Instagram; jangan mengunggah ulang.',
      ])
    }
    // Best-effort: the post is live whatever this read answers (issue 13 #4).
    try {
      const media = await getMediaPermalink(client, cp.mediaId as string)
      return result(media.permalink)
    } catch (error) {
      if (!(error instanceof SyndicationError)) throw error
      const failures = (cp.permalinkFailures ?? 0) + 1
      await save({ permalinkFailures: failures })
      if (failures < (options.permalinkAttempts ?? 3) && error.code !== 'ig:throttled') {
        return wait(Math.max(error.retryAfterMs ?? 0, 30_000 * failures), `permalink read failed (${error.code})`)
      }
      ctx.logger.warn(`[syndication] [instagram] permalink of ${cp.mediaId} unavailable: ${error.message}`)
      return result(undefined, [
        'Unggahan Instagram sudah terbit, tetapi tautannya belum dapat dibaca dari Instagram. Jangan mengunggah ulang.',
      ])
    }
  }

  async function loop(): Promise<StepOutcome> {
    for (let guard = 0; guard < 25; guard += 1) {
      if ((client.usage.maxPercent ?? 0) >= 80)
        ctx.logger.warn(`[syndication] [instagram] graph usage at ${client.usage.maxPercent} %`)

      if (cp.mediaId) return finish()

      if (!cp.containerId && cp.phase === 'children') {
        const outcome = await advanceChildren()
        if (outcome) return outcome
        continue
      }

      if (!cp.containerId) {
        let limit: PublishingLimit
        try {
          limit = await getPublishingLimit(client)
        } catch (error) {
          // Our own IG user node answers the intermittent 100/33 like any other read (issue 13).
          // Nothing was created yet, so reading again is safe; a lasting 100/33 stays permanent.
          if (
            error instanceof SyndicationError &&
            FLAKY_READ.test(error.code ?? '') &&
            (cp.readFailures ?? 0) + 1 < READ_RETRIES_BEFORE_RESET
          )
            return readBackoff(error, 'publishing limit unreadable')
          throw error
        }
        if (cp.readFailures) await save({ readFailures: 0 })
        if (limit.usage >= limit.total)
          return wait(quotaWait(limit), `publishing quota full (${limit.usage}/${limit.total})`)
        const images = instagramImages(item).length
        const needed = images === 1 ? 1 : images + 1
        const capWait = budget.waitFor(needed, now())
        if (capWait > 0) return wait(capWait, `container cap: ${needed} more would exceed ${options.containerCap ?? 400} per 24 h`)
        if (!cp.imageUrls?.length) await save({ caption, imageUrls: await publishImages() })
        const outcome = await createContainers()
        if (outcome) return outcome
        continue
      }

      let container
      try {
        container = await getContainerStatus(client, cp.containerId)
      } catch (error) {
        if (!(error instanceof SyndicationError)) throw error
        if (cp.publishAttempted || cp.phase === 'publishing') {
          // Issue 13 #3: once a publish may have happened, a failed read proves nothing. Never
          // reset or publish again; the outcome stays unknown and the read is retried later.
          const failures = (cp.readFailures ?? 0) + 1
          await save({ readFailures: failures })
          throw new SyndicationError('instagram', `cannot read container after publish: ${error.message}`, {
            cause: error,
            retryable: true,
            retryAfterMs: Math.max(error.retryAfterMs ?? 0, pollDelay(failures, 5000, 5 * 60_000)),
            code: 'ig:publish-unknown',
            userMessage: 'Status unggahan Instagram belum dapat dipastikan; sistem akan memeriksa lagi tanpa unggahan ganda.',
          })
        }
        if (FLAKY_READ.test(error.code ?? '')) {
          // Never published: a new container is safe, but reads of valid containers fail
          // intermittently, so re-read a few times first (spares the 400/24 h container cap).
          if ((cp.readFailures ?? 0) + 1 < READ_RETRIES_BEFORE_RESET) return readBackoff(error, 'container status unreadable')
          if (!cp.recreatedAfterNotFound) {
            await save({ recreatedAfterNotFound: true })
            await resetContainer(`container unreadable (${error.code})`)
            continue
          }
        }
        throw error
      }
      if (cp.readFailures) await save({ readFailures: 0 })

      switch (container.statusCode) {
        case 'PUBLISHED': {
          const found = await findPublishedMedia(client, {
            caption,
            since: cp.publishAttemptedAt ?? cp.containerCreatedAt ?? 0,
            mediaType: (cp.childIds?.length ?? 0) > 0 ? 'CAROUSEL_ALBUM' : 'IMAGE',
          }).catch((error: unknown) => {
            if (error instanceof SyndicationError && error.retryable) return undefined
            if (error instanceof SyndicationError && FLAKY_READ.test(error.code ?? '')) return undefined
            throw error
          })
          if (found?.ambiguous) {
            await save({ mediaId: `container:${cp.containerId}`, mediaAmbiguous: true, phase: 'published' })
            continue
          }
          if (!found?.id) {
            throw new SyndicationError(
              'instagram',
              `container ${cp.containerId} is PUBLISHED but its media is not among the latest posts`,
              {
                retryable: true,
                code: 'ig:publish-unknown',
                retryAfterMs: 60_000,
                userMessage:
                  'Unggahan Instagram sudah terbit, tetapi tautannya belum ditemukan; sistem akan mencari lagi.',
              },
            )
          }
          await save({ mediaId: found.id, phase: 'published' })
          continue
        }
        case 'FINISHED': {
          if (cp.publishAttempted || cp.phase === 'publishing') {
            if (cp.recheckedAt === undefined) {
              await save({ recheckedAt: now() })
              return wait(
                options.recheckAfterAmbiguousMs ?? 30_000,
                'FINISHED after an ambiguous publish: re-reading later (status can lag)',
              )
            }
            // FINISHED twice, 30 s apart: proof that the publish did not happen.
            const pending = cp.publishError
            await save({ publishAttempted: false, publishError: undefined, recheckedAt: undefined, phase: 'polling' })
            if (pending && !pending.retryable) {
              throw new SyndicationError('instagram', pending.message.replace(/^\[syndication\] \[instagram\] /, ''), {
                code: pending.code,
                userMessage: pending.userMessage,
              })
            }
          }
          await save({
            phase: 'publishing',
            publishAttempted: true,
            publishAttemptedAt: cp.publishAttemptedAt ?? now(),
          })
          let mediaId: string
          try {
            mediaId = await publishContainer(client, cp.containerId)
          } catch (error) {
            const outcome = await onPublishError(error)
            if (outcome === 'continue') continue
            return outcome
          }
          await save({ mediaId, phase: 'published', recheckedAt: undefined, publishError: undefined })
          continue
        }
        case 'IN_PROGRESS': {
          const elapsed = now() - (cp.containerCreatedAt ?? now())
          if (elapsed >= pollTotalMs && !cp.publishAttempted) {
            await resetContainer(`still IN_PROGRESS after ${Math.round(elapsed / 1000)} s`)
            continue
          }
          const pollCount = cp.pollCount ?? 0
          await save({ pollCount: pollCount + 1 })
          return wait(
            Math.max(1000, Math.min(pollDelay(pollCount, options.pollInitialMs, options.pollMaxMs), pollTotalMs - elapsed)),
            'container IN_PROGRESS',
          )
        }
        case 'ERROR':
          // Never published (a published container reads PUBLISHED); the text says why.
          await containerFailed(container.status)
          continue
        default:
          // EXPIRED (24 h): only a new container helps.
          await resetContainer(`container ${cp.containerId} is ${container.statusCode}`)
      }
    }
    throw new SyndicationError('instagram', 'step did not settle', { retryable: true, code: 'ig:loop' })
  }
}
