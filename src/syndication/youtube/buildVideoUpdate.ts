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
export function buildVideoUpdate(
  item: SyndicationItem,
  current: VideoResource,
  defaults: { categoryId: string; language: string },
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
    if (oldStatus.privacyStatus === 'private') {
      // Keep every mutable status field; a field left out would be reset.
      status = {
        privacyStatus: 'private',
        publishAt: new Date(overrides.publishAt).toISOString(),
        embeddable: oldStatus.embeddable,
        license: oldStatus.license,
        publicStatsViewable: oldStatus.publicStatsViewable,
        selfDeclaredMadeForKids: oldStatus.selfDeclaredMadeForKids ?? oldStatus.madeForKids,
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
