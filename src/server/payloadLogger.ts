import type { PayloadLogger } from 'payload'

import { pino } from 'pino'

/** With LOG_FORMAT=json, Payload logs through a plain pino logger (JSON lines on stdout); otherwise Payload's default. */
export const payloadLogger = (): PayloadLogger | undefined =>
  process.env.LOG_FORMAT === 'json'
    ? pino({ level: process.env.LOG_LEVEL || 'info', base: { pid: process.pid, service: 'warta' } })
    : undefined
