import { countCaptionTags } from '@/syndication/instagram/countCaptionTags'
import { youtubeTagsLength } from '@/syndication/youtube/youtubeTagsLength'

/**
 * Save-time checks of the per-channel overrides (platform-apis.md limits), so an override the
 * platform would refuse cannot be stored. Limits that depend on channel settings (the office's
 * hashtag cap) and on images are checked by the adapters before sending.
 */
type Check = (value: unknown) => string | true

const ANGLE = /[<>]/
const text = (value: unknown) => (typeof value === 'string' ? value : '')

export const validateInstagramCaption: Check = (value) => {
  const { length, hashtags, mentions } = countCaptionTags(text(value))
  if (length > 2200) return `Keterangan Instagram ${length.toLocaleString('id-ID')} karakter; batasnya 2.200.`
  if (hashtags > 30) return `Keterangan Instagram memuat ${hashtags} tagar; Instagram menerima paling banyak 30.`
  if (mentions > 20) return `Keterangan Instagram memuat ${mentions} sebutan (@); batasnya 20.`
  return true
}

export const validateYoutubeTitle: Check = (value) => {
  const title = text(value)
  if ([...title].length > 100) return `Judul video ${[...title].length} karakter; batasnya 100.`
  if (ANGLE.test(title)) return 'Judul video tidak boleh memuat tanda < atau >.'
  return true
}

export const validateYoutubeDescription: Check = (value) => {
  const description = text(value)
  const bytes = new TextEncoder().encode(description).length
  if (bytes > 5000) return `Deskripsi video ${bytes.toLocaleString('id-ID')} byte; batasnya 5.000 byte (UTF-8).`
  if (ANGLE.test(description)) return 'Deskripsi video tidak boleh memuat tanda < atau >.'
  return true
}

export const validateYoutubeTags: Check = (value) => {
  const tags = Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === 'string') : []
  const length = youtubeTagsLength(tags)
  if (length > 500) return `Tag video total ${length} karakter (koma dan tanda kutip tag berspasi ikut dihitung); batasnya 500.`
  if (tags.some((tag) => ANGLE.test(tag))) return 'Tag video tidak boleh memuat tanda < atau >.'
  return true
}

export const validateYoutubeCategoryId: Check = (value) =>
  !text(value) || /^\d+$/.test(text(value)) ? true : 'ID kategori YouTube berupa angka (mis. 25 untuk Berita & Politik).'

export const validateLanguageCode: Check = (value) =>
  !text(value) || /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(text(value))
    ? true
    : 'Kode bahasa tidak valid (contoh: id, en, jv).'
