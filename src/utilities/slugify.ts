import slugifyLib from '@sindresorhus/slugify'

/**
 * URL slug from a title: transliterates (é → e, ß → ss), lower-case, hyphens, at most 80 chars
 * cut at a word boundary so URLs stay readable.
 */
export const slugify = (value: string): string => {
  const full = slugifyLib(value, { decamelize: false })
  if (full.length <= 80) return full
  const cut = full.slice(0, 80)
  const lastHyphen = cut.lastIndexOf('-')
  return lastHyphen > 40 ? cut.slice(0, lastHyphen) : cut
}
