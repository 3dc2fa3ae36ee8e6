import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import type { MediaStore } from './MediaStore'

import { contentTypeOf } from './contentTypeOf'
import { safeMediaKey } from './safeMediaKey'

export interface CopyMediaReport {
  copied: number
  skipped: number
  bytes: number
  failed: { key: string; reason: string }[]
}

export interface CopyMediaOptions {
  /** The local MEDIA_DIR to copy from. */
  dir: string
  target: MediaStore
  /** Report what would be copied without writing. */
  dryRun?: boolean
  /** Files copied at once. */
  concurrency?: number
  log?: (line: string) => void
}

/** Every file below `dir` as a store key (`photo.jpg`, `syndication/ab-photo.jpg`); temp files and dotfiles left out. */
async function listKeys(dir: string, folder = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, folder), { withFileTypes: true })
  const keys: string[] = []
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name.endsWith('.tmp')) continue
    const key = folder ? `${folder}/${entry.name}` : entry.name
    if (entry.isDirectory()) keys.push(...(await listKeys(dir, key)))
    else if (entry.isFile() && safeMediaKey(key)) keys.push(key)
  }
  return keys
}

/**
 * Copies a local media folder into a store (the S3 bucket) under the same keys Payload's S3 adapter
 * reads: `MEDIA_DIR/<name>` → `<S3_PREFIX>/<name>`, derivatives and syndication images included.
 * Idempotent: an object that already exists with the same size is skipped, so an interrupted run
 * is simply started again.
 */
export async function copyMediaDirToStore({ dir, target, dryRun = false, concurrency = 4, log = () => {} }: CopyMediaOptions): Promise<CopyMediaReport> {
  const source = path.resolve(dir)
  const keys = await listKeys(source)
  const report: CopyMediaReport = { copied: 0, skipped: 0, bytes: 0, failed: [] }
  let next = 0
  const worker = async () => {
    while (next < keys.length) {
      const key = keys[next++] as string
      try {
        const body = await readFile(path.join(source, ...key.split('/')))
        if ((await target.size(key)) === body.length) {
          report.skipped += 1
          continue
        }
        if (!dryRun) await target.write(key, body, contentTypeOf(key))
        report.copied += 1
        report.bytes += body.length
        log(`${dryRun ? 'would copy' : 'copied'} ${key} (${body.length} bytes)`)
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        report.failed.push({ key, reason })
        log(`FAILED ${key}: ${reason}`)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, keys.length)) }, worker))
  return report
}
