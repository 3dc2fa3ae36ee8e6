import type { AfterErrorHook, PayloadRequest, SanitizedCollectionConfig } from 'payload'

/** Payload's English messages an editor or reader may meet, in Indonesian. */
const TRANSLATIONS: Record<string, string> = {
  'Something went wrong.': 'Terjadi kesalahan pada server. Silakan coba lagi.',
  'An unknown error occurred.': 'Terjadi kesalahan yang tidak diketahui.',
  'You are not allowed to perform this action.': 'Anda tidak diizinkan melakukan tindakan ini.',
  'The requested resource was not found.': 'Data tidak ditemukan.',
  'Not Found': 'Data tidak ditemukan.',
  'Unauthorized, you must be logged in to make this request.': 'Anda harus masuk terlebih dahulu.',
  'There was a problem while uploading the file.': 'Terjadi masalah saat mengunggah berkas.',
  'File size limit has been reached': 'Ukuran berkas melebihi batas.',
  'The email or password provided is incorrect.': 'Email atau kata sandi salah.',
  'This user is locked due to having too many failed login attempts.':
    'Akun ini terkunci karena terlalu banyak percobaan masuk yang gagal. Coba lagi nanti.',
}

/** Payload's English messages with a variable part. */
const PATTERNS: [RegExp, (match: RegExpExecArray) => string][] = [
  [/^The following paths? cannot be queried: (.+)$/, (m) => `Kolom berikut tidak dapat dipakai dalam kueri: ${m[1]}.`],
  [/^Missing ID of version\.?$/, () => 'ID versi tidak valid.'],
  [/^Invalid filename\.?$/, () => 'Nama berkas tidak valid.'],
  [/^ID was not specified$/, () => 'ID tidak diberikan.'],
  [/^Collection with the slug .+ was not found$/, () => 'Koleksi tidak ditemukan.'],
  [/^Global with the slug .+ was not found$/, () => 'Data global tidak ditemukan.'],
  [/^Value must be a valid (ID|number)/i, () => 'ID tidak valid.'],
]

type ClassifiedError = { status: number; message: string }

/** `/api/<collection>/versions…` or `/api/globals/<global>/versions…` of something that keeps no versions. */
const versionsOfUnversioned = (req: PayloadRequest, collection?: SanitizedCollectionConfig): boolean => {
  const pathname = req.url ? new URL(req.url, 'http://localhost').pathname : ''
  if (!/\/versions(\/|$)/.test(pathname)) return false
  if (collection) return !collection.versions
  const globalSlug = /\/api\/globals\/([^/]+)\/versions/.exec(pathname)?.[1]
  const global = req.payload.config.globals.find((entry) => entry.slug === globalSlug)
  return Boolean(global && !global.versions)
}

/**
 * 500s that are really the client's fault: a missing file, unparsable JSON in a query parameter,
 * the versions route of a collection or global that keeps no versions.
 */
const classify = (
  error: Error & { code?: unknown; status?: unknown },
  req: PayloadRequest,
  collection?: SanitizedCollectionConfig,
): ClassifiedError | null => {
  if (error.code === 'ENOENT') return { status: 404, message: 'Berkas tidak ditemukan.' }
  if (error instanceof SyntaxError) return { status: 400, message: 'Parameter permintaan tidak valid.' }
  if (versionsOfUnversioned(req, collection)) return { status: 404, message: 'Riwayat versi tidak tersedia untuk data ini.' }
  return null
}

const indonesian = (message: string | undefined, fallback: string): string => {
  if (!message) return fallback
  if (TRANSLATIONS[message]) return TRANSLATIONS[message]
  for (const [pattern, translate] of PATTERNS) {
    const match = pattern.exec(message)
    if (match) return translate(match)
  }
  return message
}

/**
 * Every error answer (REST and GraphQL) reaches people in Indonesian with a 4xx status when the
 * request was at fault. Payload hides the message of any error it does not consider public and of
 * every 500; our own refusals are public APIErrors, and this hook restores their message when a
 * production build loses it (minified class names) and translates Payload's own English ones.
 */
export const indonesianErrors: AfterErrorHook = ({ collection, error, graphqlResult, req, result }) => {
  const err = error as Error & { status?: number; isPublic?: boolean; originalError?: Error & { status?: number } }
  const source = err.originalError ?? err
  const status = typeof source.status === 'number' ? source.status : 500
  const classified = status >= 500 ? classify(source, req, collection) : null
  const finalStatus = classified?.status ?? status
  // A refusal (4xx) keeps its own message; an internal error never shows its message.
  const ownMessage = finalStatus < 500 ? (classified?.message ?? source.message) : undefined
  const fallback = TRANSLATIONS['Something went wrong.'] as string

  if (graphqlResult) {
    const message = indonesian(ownMessage ?? graphqlResult.message, fallback)
    return {
      graphqlResult: {
        ...graphqlResult,
        message: finalStatus >= 500 ? fallback : message,
        extensions: { ...graphqlResult.extensions, statusCode: finalStatus },
      },
    }
  }
  if (!result) return
  // A reclassified 500 carries Payload's hidden-error text ("Something went wrong."): use ours.
  const errors = (result.errors ?? []).map((entry) => ({
    ...entry,
    message: classified
      ? classified.message
      : finalStatus >= 500
        ? fallback
        : indonesian(ownMessage && entry.message === 'An unknown error occurred.' ? ownMessage : entry.message, ownMessage ?? fallback),
  }))
  return {
    status: finalStatus,
    response: { ...result, errors: errors.length ? errors : [{ message: indonesian(ownMessage, fallback) }] },
  }
}
