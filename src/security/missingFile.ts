import type { CollectionConfig } from 'payload'

import fs from 'node:fs/promises'
import path from 'node:path'

type UploadHandler = NonNullable<Exclude<CollectionConfig['upload'], boolean | undefined>['handlers']>[number]

/**
 * `GET /api/<uploads>/file/<name>` for a file that is not on disk: Payload answers 500 "Something
 * went wrong." (an old URL after a file was replaced, a typo, a probe); this answers 404 in
 * Indonesian and lets Payload serve every file that exists.
 */
export const missingFileIs404 =
  (staticDir: string): UploadHandler =>
  async (_req, { params }): Promise<void> => {
    const root = path.resolve(staticDir)
    const target = path.resolve(root, params.prefix ?? '', params.filename)
    const inside = target.startsWith(root + path.sep)
    const exists = inside && (await fs.stat(target).then((stat) => stat.isFile(), () => false))
    if (exists) return
    // Payload's typing says `Promise<void>` for "not handled", but it does return a handler's Response.
    return Response.json({ errors: [{ message: 'Berkas tidak ditemukan.' }] }, { status: 404 }) as unknown as void
  }
