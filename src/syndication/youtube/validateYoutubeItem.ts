import type { SyndicationItem } from '../types'

import { youtubeTagsLength } from './youtubeTagsLength'

/** YouTube's field limits (platform-apis.md §2.3), checked before any call. Indonesian problems. */
export function validateYoutubeItem(item: SyndicationItem): string[] {
  const problems: string[] = []
  const overrides = item.overrides.youtube ?? {}
  if (!item.youtubeVideoId?.trim()) problems.push('Berita belum memiliki ID video YouTube.')
  else if (!/^[\w-]{6,20}$/.test(item.youtubeVideoId))
    problems.push(`ID video YouTube "${item.youtubeVideoId}" tidak valid.`)
  const title = overrides.title?.trim() || item.title.trim()
  const titleLength = [...title].length
  if (titleLength === 0) problems.push('Judul video YouTube kosong.')
  if (titleLength > 100)
    problems.push(`Judul video YouTube ${titleLength} karakter; batasnya 100. Isi "Judul video" khusus YouTube.`)
  if (/[<>]/.test(title)) problems.push('Judul video YouTube tidak boleh memuat tanda < atau >.')
  const description = overrides.description
  if (description !== undefined) {
    const bytes = Buffer.byteLength(description, 'utf8')
    if (bytes > 5000)
      problems.push(`Deskripsi video YouTube ${bytes.toLocaleString('id-ID')} byte; batasnya 5.000 byte (UTF-8).`)
    if (/[<>]/.test(description)) problems.push('Deskripsi video YouTube tidak boleh memuat tanda < atau >.')
  }
  if (overrides.tags) {
    const length = youtubeTagsLength(overrides.tags)
    if (length > 500)
      problems.push(
        `Tag video YouTube total ${length} karakter (koma dan tanda kutip untuk tag berspasi ikut dihitung); batasnya 500.`,
      )
    if (overrides.tags.some((tag) => /[<>]/.test(tag)))
      problems.push('Tag video YouTube tidak boleh memuat tanda < atau >.')
  }
  if (overrides.categoryId !== undefined && !/^\d+$/.test(overrides.categoryId))
    problems.push(`ID kategori YouTube "${overrides.categoryId}" tidak valid.`)
  if (overrides.language !== undefined && !/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(overrides.language)) {
    problems.push(`Kode bahasa "${overrides.language}" tidak valid (contoh: id, en, jv).`)
  }
  if (overrides.publishAt !== undefined && Number.isNaN(Date.parse(overrides.publishAt)))
    problems.push('Jadwal tayang video YouTube bukan tanggal yang valid.')
  if (item.cover && !/^image\//.test(item.cover.mimeType))
    problems.push('Gambar sampul bukan berkas gambar; tidak dapat dipakai sebagai thumbnail YouTube.')
  return problems
}
