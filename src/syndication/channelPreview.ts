import type { SyndicationItem } from './types'

import { buildCaption, CAPTION_MAX } from './instagram/buildCaption'
import { countCaptionTags } from './instagram/countCaptionTags'
import { instagramImages } from './instagram/instagramImages'
import { validateInstagramItem } from './instagram/validateInstagramItem'
import { buildYoutubeDescription } from './youtube/buildYoutubeDescription'
import { validateYoutubeItem } from './youtube/validateYoutubeItem'
import { youtubeTagsLength } from './youtube/youtubeTagsLength'

export interface PreviewCounter {
  label: string
  value: number
  max: number
}

export interface ChannelPreview {
  instagram: { caption: string; images: number; counters: PreviewCounter[]; problems: string[] }
  youtube: {
    videoId: null | string
    title: string
    description: string
    /** Without an override the link is appended to the video's current description. */
    appendsToCurrentDescription: boolean
    counters: PreviewCounter[]
    problems: string[]
  }
}

/**
 * What the Instagram and YouTube adapters would send for this item, with counters against each
 * platform limit and the adapters' own validation problems (the same functions the jobs run).
 */
export function buildChannelPreview(
  item: SyndicationItem,
  instagramOptions: { hashtags?: string[]; maxHashtags?: number },
): ChannelPreview {
  const caption = buildCaption(item, instagramOptions)
  const counts = countCaptionTags(caption)
  const youtube = item.overrides.youtube ?? {}
  const title = youtube.title?.trim() || item.title.trim()
  const description = buildYoutubeDescription(item, '')
  return {
    instagram: {
      caption,
      images: instagramImages(item).length,
      counters: [
        { label: 'Karakter keterangan', value: counts.length, max: CAPTION_MAX },
        { label: 'Tagar', value: counts.hashtags, max: instagramOptions.maxHashtags ?? 5 },
        { label: 'Sebutan (@)', value: counts.mentions, max: 20 },
        { label: 'Gambar', value: instagramImages(item).length, max: 10 },
      ],
      problems: validateInstagramItem(item, instagramOptions),
    },
    youtube: {
      videoId: item.youtubeVideoId ?? null,
      title,
      description,
      appendsToCurrentDescription: !youtube.description?.trim(),
      counters: [
        { label: 'Karakter judul', value: [...title].length, max: 100 },
        { label: 'Byte deskripsi', value: new TextEncoder().encode(description).length, max: 5000 },
        { label: 'Karakter tag', value: youtubeTagsLength(youtube.tags ?? []), max: 500 },
      ],
      problems: validateYoutubeItem(item),
    },
  }
}
