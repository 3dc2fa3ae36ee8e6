import { SyndicationError } from '../errors'

interface GaxiosLike {
  message?: string
  status?: number
  code?: string | number
  response?: { status?: number; data?: unknown; headers?: unknown }
}

const PERMANENT: Record<string, string> = {
  invalidTitle: 'YouTube menolak judul video (1–100 karakter, tanpa < atau >).',
  invalidDescription: 'YouTube menolak deskripsi video (maksimal 5.000 byte, tanpa < atau >).',
  invalidTags: 'YouTube menolak tag video (total maksimal 500 karakter).',
  invalidCategoryId: 'ID kategori YouTube tidak berlaku untuk kanal ini.',
  invalidPublishAt: 'Jadwal tayang hanya dapat diatur untuk video privat yang belum pernah publik.',
  invalidVideoMetadata: 'Metadata video tidak lengkap (judul dan kategori wajib).',
  invalidImage: 'YouTube menolak gambar thumbnail.',
  mediaBodyRequired: 'Thumbnail terkirim tanpa isi gambar.',
  manualSortRequired: 'Playlist YouTube memerlukan pengurutan manual.',
  forbidden: 'Akun YouTube tidak diizinkan melakukan tindakan ini (mis. thumbnail khusus belum aktif).',
  insufficientPermissions: 'Izin akun YouTube tidak mencukupi; admin perlu menghubungkan ulang dengan izin "youtube".',
  forbiddenPrivacySetting: 'Pengaturan privasi video tidak diizinkan.',
  playlistItemsNotAccessible: 'Playlist YouTube tidak dapat diakses.',
  videoNotFound: 'Video YouTube tidak ditemukan di kanal ini; periksa ID video pada berita.',
  playlistNotFound: 'Playlist YouTube tidak ditemukan.',
  // 401, but no token refresh helps: the Google account has no channel.
  youtubeSignupRequired:
    'Akun Google yang terhubung belum memiliki kanal YouTube. Admin perlu membuat kanal YouTube untuk akun itu atau menghubungkan akun lain.',
}

const RETRYABLE = new Set([
  'rateLimitExceeded',
  'userRateLimitExceeded',
  'backendError',
  'internalError',
  'serviceUnavailable',
])

/** Maps a GaxiosError (API or token endpoint) to a SyndicationError on errors[0].reason (§2.7). */
export function classifyYoutubeError(error: unknown): SyndicationError {
  if (error instanceof SyndicationError) return error
  const e = (error ?? {}) as GaxiosLike
  const httpStatus = e.response?.status ?? (typeof e.status === 'number' ? e.status : undefined)
  const data = e.response?.data as { error?: unknown; error_description?: string } | undefined
  const make = (retryable: boolean, code: string, userMessage: string, retryAfterMs?: number) =>
    new SyndicationError('youtube', `${e.message ?? String(error)}${httpStatus ? ` (HTTP ${httpStatus})` : ''}`, {
      cause: error,
      retryable,
      code,
      userMessage,
      retryAfterMs,
      httpStatus,
    })

  // Token endpoint: {"error":"invalid_grant","error_description":"…"}
  if (typeof data?.error === 'string') {
    if (data.error === 'invalid_grant') {
      return make(
        false,
        'yt:invalid_grant',
        'Refresh token YouTube kedaluwarsa atau dicabut. Admin perlu menghubungkan ulang akun YouTube (izin ulang).',
      )
    }
    if (data.error === 'invalid_client' || data.error === 'unauthorized_client') {
      return make(
        false,
        `yt:${data.error}`,
        'Client ID/secret OAuth YouTube salah. Admin perlu memeriksa pengaturan kanal YouTube.',
      )
    }
    return make(
      httpStatus === undefined || httpStatus >= 500,
      `yt:${data.error}`,
      'Gagal memperoleh token akses YouTube.',
    )
  }
  if (httpStatus === undefined) {
    return make(true, 'network', 'Koneksi ke YouTube terputus; sistem akan mencoba lagi.')
  }
  const envelope = data?.error as { errors?: { reason?: string }[] } | undefined
  const reason = envelope?.errors?.[0]?.reason
  const retryAfter = readRetryAfter(e.response?.headers)
  if (reason === 'quotaExceeded') {
    return make(
      false,
      'yt:quotaExceeded',
      'Kuota harian API YouTube habis; pembaruan dijadwalkan ulang setelah tengah malam waktu Pasifik.',
    )
  }
  if (reason === 'uploadRateLimitExceeded') {
    return make(
      true,
      'yt:uploadRateLimitExceeded',
      'Terlalu banyak unggahan thumbnail; sistem mencoba lagi nanti.',
      retryAfter ?? 60 * 60_000,
    )
  }
  if (reason && RETRYABLE.has(reason))
    return make(true, `yt:${reason}`, 'Gangguan sementara di YouTube; sistem akan mencoba lagi.', retryAfter)
  if (reason && PERMANENT[reason]) return make(false, `yt:${reason}`, PERMANENT[reason])
  if (httpStatus === 401)
    return make(true, 'yt:authError', 'Token akses YouTube ditolak; sistem akan memperbarui token lalu mencoba lagi.')
  if (httpStatus === 408 || httpStatus === 429 || httpStatus >= 500) {
    return make(true, `yt:http-${httpStatus}`, 'Gangguan sementara di YouTube; sistem akan mencoba lagi.', retryAfter)
  }
  return make(
    false,
    `yt:${reason ?? `http-${httpStatus}`}`,
    `YouTube menolak permintaan (${reason ?? `HTTP ${httpStatus}`}).`,
  )
}

function readRetryAfter(headers: unknown): number | undefined {
  const value =
    headers && typeof (headers as Headers).get === 'function'
      ? (headers as Headers).get('retry-after')
      : (headers as Record<string, string> | undefined)?.['retry-after']
  return value && /^\d+$/.test(value) ? Number(value) * 1000 : undefined
}
