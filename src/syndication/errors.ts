import type { ChannelId } from './types'

export interface SyndicationErrorOptions extends ErrorOptions {
  retryable?: boolean
  /** Earliest sensible retry (Retry-After, throttle window, quota window). */
  retryAfterMs?: number
  /** Stable machine code, e.g. `ig:190/463`, `yt:quotaExceeded`, `quota`, `network`. */
  code?: string
  /** Indonesian message for staff in the admin. */
  userMessage?: string
  /** HTTP status of the failed call; absent for network errors and timeouts. */
  httpStatus?: number
}

/** The only class in syndication: errors carry the channel and whether a retry makes sense. */
export class SyndicationError extends Error {
  readonly channel: ChannelId
  readonly retryable: boolean
  readonly retryAfterMs?: number
  readonly code?: string
  readonly userMessage: string
  readonly httpStatus?: number

  constructor(channel: ChannelId, message: string, options: SyndicationErrorOptions = {}) {
    super(`[syndication] [${channel}] ${message}`, { cause: options.cause })
    this.name = 'SyndicationError'
    this.channel = channel
    this.retryable = options.retryable ?? false
    this.retryAfterMs = options.retryAfterMs
    this.code = options.code
    this.httpStatus = options.httpStatus
    this.userMessage =
      options.userMessage ??
      (this.retryable
        ? 'Gangguan sementara saat mengirim ke platform; sistem akan mencoba lagi otomatis.'
        : 'Pengiriman ke platform gagal dan perlu diperiksa oleh admin.')
  }
}
