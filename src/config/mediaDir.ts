import path from 'node:path'

/** Where uploaded files live on disk (MEDIA_DIR, default ./data/media). */
export const mediaDir = (): string => path.resolve(process.cwd(), process.env.MEDIA_DIR || 'data/media')
