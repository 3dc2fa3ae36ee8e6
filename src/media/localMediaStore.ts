import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { MediaStore } from './MediaStore'

import { safeMediaKey } from './safeMediaKey'

const isMissing = (error: unknown) => ['ENOENT', 'ENOTDIR', 'EISDIR'].includes((error as NodeJS.ErrnoException)?.code ?? '')

/** Media in a local folder (`MEDIA_DIR`), as Payload's own upload handling stores them. */
export const localMediaStore = (dir: string): MediaStore => {
  const root = path.resolve(dir)
  const fileOf = (key: string): string | undefined => {
    const safe = safeMediaKey(key)
    if (!safe) return undefined
    const file = path.resolve(root, ...safe.split('/'))
    return file.startsWith(root + path.sep) ? file : undefined
  }
  return {
    kind: 'local',
    location: root,
    async read(key) {
      const file = fileOf(key)
      if (!file) return undefined
      try {
        return await readFile(file)
      } catch (error) {
        if (isMissing(error)) return undefined
        throw error
      }
    },
    async size(key) {
      const file = fileOf(key)
      if (!file) return undefined
      try {
        const stats = await stat(file)
        return stats.isFile() ? stats.size : undefined
      } catch (error) {
        if (isMissing(error)) return undefined
        throw error
      }
    },
    async write(key, body) {
      const file = fileOf(key)
      if (!file) throw new Error(`[media] invalid key "${key}"`)
      await mkdir(path.dirname(file), { recursive: true })
      // Write then rename: a reader never sees half a file.
      const temporary = `${file}.${process.pid}.${Date.now()}.tmp`
      await writeFile(temporary, body)
      await rename(temporary, file)
    },
  }
}
