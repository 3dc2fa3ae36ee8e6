import type { SyndicationItem } from '../types'

import { buildCaption, CAPTION_MAX } from './buildCaption'
import { countCaptionTags } from './countCaptionTags'
import { instagramImages } from './instagramImages'

const RASTER = /^image\/(jpeg|png|webp|avif|gif|tiff|heic|heif)$/

/** Instagram's limits, checked before any call (platform-apis.md §1.3). Indonesian problems. */
export function validateInstagramItem(
  item: SyndicationItem,
  options: { hashtags?: string[]; maxHashtags?: number },
): string[] {
  const problems: string[] = []
  const maxHashtags = options.maxHashtags ?? 5
  const images = instagramImages(item)
  if (images.length === 0) problems.push('Instagram memerlukan minimal satu gambar: pasang gambar sampul.')
  if (images.length > 10)
    problems.push(`Karusel Instagram maksimal 10 gambar (sampul + 9 galeri); terpilih ${images.length}.`)
  for (const media of images) {
    if (!RASTER.test(media.mimeType))
      problems.push(`Gambar "${media.alt || media.url}" (${media.mimeType}) tidak dapat dikirim ke Instagram.`)
    if (!media.alt?.trim()) problems.push(`Gambar "${media.url}" belum memiliki teks alternatif.`)
    else if ([...media.alt].length > 1000)
      problems.push(`Teks alternatif gambar "${media.url}" melebihi 1.000 karakter.`)
  }
  if (!item.overrides.instagram?.caption?.trim() && !item.canonicalUrl)
    problems.push('Tautan berita (canonical URL) kosong.')
  const caption = buildCaption(item, options)
  const { hashtags, mentions, length } = countCaptionTags(caption)
  if (length === 0) problems.push('Keterangan Instagram kosong.')
  if (length > CAPTION_MAX)
    problems.push(`Keterangan Instagram ${length.toLocaleString('id-ID')} karakter; batasnya 2.200.`)
  if (hashtags > maxHashtags) problems.push(`Keterangan Instagram memuat ${hashtags} tagar; batasnya ${maxHashtags}.`)
  if (mentions > 20) problems.push(`Keterangan Instagram memuat ${mentions} sebutan (@); batasnya 20.`)
  return problems
}
