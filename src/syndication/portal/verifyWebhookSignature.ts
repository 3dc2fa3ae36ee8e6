import { createHmac, timingSafeEqual } from 'node:crypto'

/** For receivers (and tests): constant-time check plus a replay window (default 5 min). */
export function verifyWebhookSignature(
  body: string,
  secret: string,
  headers: { timestamp?: string | null; signature?: string | null },
  options: { nowSec?: number; toleranceSec?: number } = {},
): boolean {
  const timestamp = Number(headers.timestamp)
  if (!Number.isInteger(timestamp) || !headers.signature?.startsWith('sha256=')) return false
  const nowSec = options.nowSec ?? Math.floor(Date.now() / 1000)
  if (Math.abs(nowSec - timestamp) > (options.toleranceSec ?? 300)) return false
  const expected = Buffer.from(createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex'), 'hex')
  const given = Buffer.from(headers.signature.slice('sha256='.length), 'hex')
  return given.length === expected.length && timingSafeEqual(given, expected)
}
