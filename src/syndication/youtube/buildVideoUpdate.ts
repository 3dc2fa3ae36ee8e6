import type { SyndicationItem } from '../types'

import { buildYoutubeDescription } from './buildYoutubeDescription'
import type { VideoResource, VideoSnippet, VideoStatus } from './types'

export interface VideoUpdatePlan {
  snippet: VideoSnippet
  /** Present only when scheduling a private, never-public video. */
  status?: VideoStatus
  /** Whether anything we manage differs from what YouTube has (skip the 50-unit update if not). */
  changed: boolean
  warnings: string[]
}

/**
 * Merge for `videos.update`: each part listed is replaced wholesale, so we send the complete
 * part built from what `videos.list` returned. Managed: title, description (override, or the
 * current one plus the article link), tags/category/language only from overrides.
 */
/** A schedule this close to now is treated as past: the call itself takes time. */
export const PUBLISH_AT_MARGIN_MS = 2 * 60_000

const jakartaTime = (iso: string) =>
  `${new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Jakarta' }).format(new Date(iso))} WIB`

/** Indonesian warning for a schedule that cannot be applied any more. */
export const pastPublishAtWarning = (publishAt: string) =>
  `Jadwal tayang YouTube (${jakartaTime(publishAt)}) sudah lewat; jadwal diabaikan dan video tetap privat. Judul dan deskripsi tetap diperbarui; atur jadwal baru di YouTube Studio bila perlu.`

export function buildVideoUpdate(
  item: SyndicationItem,
  current: VideoResource,
  defaults: { categoryId: string; language: string },
  now: number = Date.now(),
): VideoUpdatePlan {
  const overrides = item.overrides.youtube ?? {}
  const old = current.snippet ?? {}
  const warnings: string[] = []
  const snippet: VideoSnippet = {
    title: overrides.title?.trim() || item.title.trim(),
    description: buildYoutubeDescription(item, old.description),
    categoryId: overrides.categoryId ?? old.categoryId ?? defaults.categoryId,
    defaultLanguage: overrides.language ?? old.defaultLanguage ?? defaults.language,
  }
  const tags = overrides.tags ?? old.tags
  if (tags) snippet.tags = tags

  let status: VideoStatus | undefined
  if (overrides.publishAt) {
    const oldStatus = current.status ?? {}
    if (oldStatus.privacyStatus === 'private' && Date.parse(overrides.publishAt) <= now + PUBLISH_AT_MARGIN_MS) {
      // Issue 13 #6: YouTube refuses a past publishAt (invalidPublishAt) and would take the
      // title/description down with it; drop the schedule before the call instead.
      warnings.push(pastPublishAtWarning(overrides.publishAt))
    } else if (oldStatus.privacyStatus === 'private') {
      // Keep every mutable status field; a field left out would be reset.
      status = {
        privacyStatus: 'private',
        publishAt: new Date(overrides.publishAt).toISOString(),
        embeddable: oldStatus.embeddable,
        license: oldStatus.license,
        publicStatsViewable: oldStatus.publicStatsViewable,
        // `madeForKids` is YouTube's determination (read-only); only the owner's own
        // declaration travels back, and only when there is one.
        selfDeclaredMadeForKids: oldStatus.selfDeclaredMadeForKids,
        containsSyntheticMedia: oldStatus.containsSyntheticMedia,
      }
      for (const key of Object.keys(status) as (keyof VideoStatus)[]) if (status[key] === undefined) delete status[key]
    } else {
      warnings.push(
        `Video sudah ${oldStatus.privacyStatus ?? 'tayang'}; jadwal tayang diabaikan (hanya untuk video privat).`,
      )
    }
  }
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
  const changed =
    Boolean(status && !same(status.publishAt, current.status?.publishAt)) ||
    !same(snippet.title, old.title) ||
    !same(snippet.description, old.description ?? '') ||
    !same(snippet.tags, old.tags) ||
    !same(snippet.categoryId, old.categoryId) ||
    !same(snippet.defaultLanguage, old.defaultLanguage)
  return { snippet, status, changed, warnings }
}
