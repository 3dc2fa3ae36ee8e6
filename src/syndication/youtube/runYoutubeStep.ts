import { SyndicationError } from '../errors'
import { loadMediaBuffer } from '../loadMediaBuffer'
import { toCheckpoint } from '../toCheckpoint'
import type { AdapterContext, Checkpoint, StepOutcome, SyndicationItem } from '../types'

import { buildVideoUpdate, pastPublishAtWarning, PUBLISH_AT_MARGIN_MS } from './buildVideoUpdate'
import { classifyYoutubeError } from './classifyYoutubeError'
import { createYoutubeClient } from './createYoutubeClient'
import { getVideo } from './getVideo'
import { nextPacificMidnight } from './nextPacificMidnight'
import { prepareThumbnail } from './prepareThumbnail'
import { setThumbnail } from './setThumbnail'
import type { YoutubeAdapterOptions, YoutubeCheckpoint } from './types'
import { updateVideo } from './updateVideo'

/**
 * list → merge → update (snippet, + status only to schedule) → thumbnail. Both writes are
 * idempotent; the checkpoint only spares quota on a retry. quotaExceeded becomes a wait
 * until midnight Pacific instead of a failure.
 */
export async function runYoutubeStep(
  options: YoutubeAdapterOptions,
  item: SyndicationItem,
  checkpoint: Checkpoint | null,
  ctx: AdapterContext,
): Promise<StepOutcome> {
  const now = ctx.now ?? Date.now
  const videoId = item.youtubeVideoId ?? ''
  const cp: YoutubeCheckpoint = { videoId, ...(checkpoint as Partial<YoutubeCheckpoint> | null) }
  const save = async (patch: Partial<YoutubeCheckpoint>) => {
    Object.assign(cp, patch)
    await ctx.saveCheckpoint(toCheckpoint(cp))
  }
  try {
    const client = await createYoutubeClient(options)
    if (!cp.updated) {
      const current = await getVideo(client, videoId)
      if (!current) {
        throw new SyndicationError('youtube', `video ${videoId} not found`, {
          code: 'yt:videoNotFound',
          userMessage: `Video YouTube "${videoId}" tidak ditemukan di kanal ini (atau bukan milik akun yang terhubung).`,
        })
      }
      const plan = buildVideoUpdate(
        item,
        current,
        { categoryId: options.categoryId ?? '25', language: options.language ?? 'id' },
        now(),
      )
      if (plan.changed) {
        try {
          await updateVideo(client, videoId, { snippet: plan.snippet, status: plan.status })
        } catch (error) {
          // A schedule refused by YouTube never takes the title/description down with it.
          if (!plan.status?.publishAt || classifyYoutubeError(error).code !== 'yt:invalidPublishAt') throw error
          ctx.logger.warn(`[syndication] [youtube] ${videoId}: publishAt refused; sending the snippet without it`)
          await updateVideo(client, videoId, { snippet: plan.snippet })
          plan.warnings.push(
            item.overrides.youtube?.publishAt && Date.parse(item.overrides.youtube.publishAt) <= now() + PUBLISH_AT_MARGIN_MS
              ? pastPublishAtWarning(item.overrides.youtube.publishAt)
              : 'Jadwal tayang ditolak YouTube (hanya untuk video privat yang belum pernah publik); jadwal diabaikan, judul dan deskripsi tetap diperbarui.',
          )
          plan.status = undefined
        }
      } else ctx.logger.info(`[syndication] [youtube] ${videoId} already up to date; update skipped`)
      await save({ updated: true, warnings: plan.warnings, sent: { snippet: plan.snippet, status: plan.status } })
    }
    if (item.cover && !cp.thumbnailSet) {
      const original = await (
        options.loadMedia ??
        ((media) => loadMediaBuffer('youtube', media, ctx.fetch ?? globalThis.fetch, options.readStoredMedia))
      )(item.cover)
      const jpeg = await prepareThumbnail(original, item.cover).catch((cause: unknown) => {
        throw new SyndicationError('youtube', `cannot convert ${item.cover?.url} to a thumbnail`, {
          cause,
          code: 'media-invalid',
          userMessage: 'Gambar sampul rusak atau tidak dapat diubah menjadi thumbnail.',
        })
      })
      try {
        await setThumbnail(client, videoId, jpeg.buffer)
        await save({ thumbnailSet: true })
      } catch (error) {
        const classified = classifyYoutubeError(error)
        // A channel without custom thumbnails is not a failed syndication: the metadata is live.
        if (classified.code !== 'yt:forbidden') throw classified
        await save({
          thumbnailSet: false,
          warnings: [
            ...(cp.warnings ?? []),
            'Thumbnail tidak dipasang: kanal YouTube belum diizinkan memakai thumbnail khusus (verifikasi kanal).',
          ],
        })
      }
    }
  } catch (error) {
    const classified = classifyYoutubeError(error)
    if (classified.code === 'yt:quotaExceeded') {
      const delayMs = nextPacificMidnight(now()) - now() + 60_000
      await save({})
      return {
        kind: 'wait',
        checkpoint: toCheckpoint(cp),
        delayMs,
        reason: 'YouTube daily quota exceeded; resumes after midnight Pacific',
      }
    }
    throw classified
  }
  return {
    kind: 'done',
    result: {
      externalId: videoId,
      url: `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}`,
      syndicatedAt: new Date(now()).toISOString(),
      warnings: cp.warnings?.length ? cp.warnings : undefined,
      sent: cp.sent ? toCheckpoint(cp.sent) : undefined,
    },
  }
}
