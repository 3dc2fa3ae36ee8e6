// `npm run media:to-s3 [-- --dry-run]`: copies the local MEDIA_DIR (uploads, their derivatives and
// syndication images) into the S3 bucket named by S3_*, under the keys Warta reads there.
// Idempotent: objects already in the bucket with the same size are skipped (docs/deploy.md).
import { existsSync } from 'node:fs'

import { ConfigError } from '../src/config/ConfigError'
import { mediaDir } from '../src/config/mediaDir'
import { resolveS3Settings } from '../src/config/resolveS3Settings'
import { copyMediaDirToStore } from '../src/media/copyMediaDirToStore'
import { s3MediaStore } from '../src/media/s3MediaStore'

const dryRun = process.argv.includes('--dry-run')
const quiet = process.argv.includes('--quiet')

try {
  const s3 = resolveS3Settings(process.env)
  if (!s3) throw new ConfigError('S3_BUCKET is not set; set the S3_* variables of the target bucket (docs/deploy.md)')
  const dir = mediaDir()
  if (!existsSync(dir)) throw new ConfigError(`MEDIA_DIR ${dir} does not exist; nothing to copy`)
  const target = s3MediaStore(s3)
  console.log(`[warta] ${dryRun ? 'dry run: ' : ''}copying ${dir} to ${target.location}`)
  const report = await copyMediaDirToStore({ dir, target, dryRun, log: quiet ? undefined : (line) => console.log(`  ${line}`) })
  console.log(
    `[warta] ${report.copied} ${dryRun ? 'to copy' : 'copied'} (${report.bytes} bytes), ${report.skipped} already there, ${report.failed.length} failed`,
  )
  if (report.failed.length) process.exit(1)
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`[warta] cannot copy media: ${error.message}`)
    process.exit(1)
  }
  throw error
}
