import { SyndicationError } from '../errors'

import type { GraphUsage } from './types'

export interface GraphErrorBody {
  message?: string
  type?: string
  code?: number
  error_subcode?: number
  is_transient?: boolean
  error_user_title?: string
  error_user_msg?: string
  fbtrace_id?: string
}

const THROTTLE_DEFAULT_MS = 15 * 60_000 // Meta: "back off to tens of minutes" for app limits

/**
 * Maps a Graph error envelope to a SyndicationError (platform-apis.md §1.4): classify on
 * code/subcode, never on the HTTP status (except 5xx without an envelope).
 */
export function classifyGraphError(
  httpStatus: number,
  error: GraphErrorBody | undefined,
  usage: GraphUsage,
  retryAfterHeader: string | null,
): SyndicationError {
  const code = error?.code
  const sub = error?.error_subcode
  const id = `ig:${code ?? httpStatus}${sub ? `/${sub}` : ''}`
  const detail = `${error?.message ?? `HTTP ${httpStatus}`} (code ${code ?? '-'}${sub ? `/${sub}` : ''}${error?.fbtrace_id ? `, fbtrace ${error.fbtrace_id}` : ''})`
  const retryAfterHeaderMs =
    retryAfterHeader && /^\d+$/.test(retryAfterHeader) ? Number(retryAfterHeader) * 1000 : undefined
  const make = (retryable: boolean, userMessage: string, retryAfterMs?: number) =>
    new SyndicationError('instagram', detail, { retryable, code: id, userMessage, retryAfterMs, httpStatus })

  if (code === 9 && sub === 2207042) {
    return make(false, 'Kuota unggahan Instagram (24 jam) sudah penuh; unggahan dijadwalkan ulang otomatis.')
  }
  if (code === 4 && sub === 2207051)
    return make(false, 'Instagram menahan tindakan ini karena dicurigai spam. Periksa akun di aplikasi Instagram.')
  if (code === 80002) {
    return make(
      true,
      'Batas panggilan akun Instagram tercapai; sistem menunggu lalu mencoba lagi.',
      usage.regainAccessMs ?? retryAfterHeaderMs ?? THROTTLE_DEFAULT_MS,
    )
  }
  if (code === 4 || code === 17 || code === 32 || code === 613) {
    return make(
      true,
      'Batas panggilan API Instagram tercapai; sistem menunggu lalu mencoba lagi.',
      retryAfterHeaderMs ?? usage.regainAccessMs ?? THROTTLE_DEFAULT_MS,
    )
  }
  if (code === 190)
    return make(
      false,
      'Token akses Instagram kedaluwarsa atau dicabut. Admin perlu menghubungkan ulang akun Instagram di pengaturan kanal.',
    )
  if (code === 10 || (code !== undefined && code >= 200 && code <= 299)) {
    return make(
      false,
      'Aplikasi tidak memiliki izin menerbitkan ke akun Instagram ini. Admin perlu memberi izin ulang.',
    )
  }
  if (code === 25) return make(false, 'Akun Instagram sedang dibatasi; selesaikan pemeriksaan di aplikasi Instagram.')
  if (code === 368)
    return make(false, 'Instagram memblokir sementara tindakan ini (kebijakan). Coba kirim ulang secara manual nanti.')
  if (code === 352) return make(false, 'Format video tidak didukung Instagram.')
  if (code !== undefined && code >= 36000 && code <= 36004) {
    const what: Record<number, string> = {
      36000: 'Gambar terlalu besar untuk Instagram.',
      36001: 'Format gambar tidak didukung Instagram (harus JPEG).',
      36003: 'Rasio gambar tidak didukung Instagram (4:5 sampai 1,91:1).',
      36004: 'Keterangan Instagram terlalu panjang (maksimal 2.200 karakter).',
    }
    return make(false, what[code] ?? 'Gambar atau keterangan ditolak Instagram.')
  }
  if (code === 9004)
    return make(true, 'Instagram tidak dapat mengunduh gambar dari server kita; periksa apakah URL gambar publik.')
  if (code === 9007) return make(true, 'Instagram belum selesai memproses gambar; sistem menunggu lalu mencoba lagi.')
  if (code === 24) return make(sub === 2207008, 'Kontainer media Instagram tidak ditemukan atau kedaluwarsa.')
  if (code === 1 || code === 2 || code === -1 || code === -2 || error?.is_transient) {
    return make(true, 'Gangguan sementara di Instagram; sistem akan mencoba lagi.', retryAfterHeaderMs)
  }
  if (code === 100) {
    return make(
      false,
      `Instagram menolak data kiriman (parameter tidak valid): ${error?.error_user_msg ?? error?.message ?? ''}`.trim(),
    )
  }
  if (httpStatus >= 500)
    return make(true, 'Gangguan sementara di Instagram; sistem akan mencoba lagi.', retryAfterHeaderMs)
  return make(false, `Instagram menolak permintaan: ${error?.error_user_msg ?? error?.message ?? `HTTP ${httpStatus}`}`)
}
