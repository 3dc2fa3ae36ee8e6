import { createHmac } from 'node:crypto'

/**
 * Headers for a signed webhook: `X-Warta-Timestamp` (Unix seconds) and
 * `X-Warta-Signature: sha256=<hex HMAC-SHA256 of "${timestamp}.${body}">`.
 */
export function signWebhook(body: string, secret: string, timestampSec: number): Record<string, string> {
  const signature = createHmac('sha256', secret).update(`${timestampSec}.${body}`).digest('hex')
  return { 'X-Warta-Timestamp': String(timestampSec), 'X-Warta-Signature': `sha256=${signature}` }
}
