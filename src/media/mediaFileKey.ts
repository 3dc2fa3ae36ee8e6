import { safeMediaKey } from './safeMediaKey'

/** Store key of one file of a media document: its `prefix` folder (usually empty) + file name. */
export const mediaFileKey = ({ prefix, filename }: { prefix?: null | string; filename: string }): string | undefined => {
  const folder = (prefix ?? '').split('/').filter(Boolean).join('/')
  return safeMediaKey(folder ? `${folder}/${filename}` : filename)
}
