import os from 'node:os'

type Level = 'error' | 'info' | 'warn'

const PINO_LEVELS: Record<Level, number> = { info: 30, warn: 40, error: 50 }

/**
 * One log line from the custom server and the worker, in the same shape as Payload's logger:
 * with LOG_FORMAT=json a pino-compatible JSON object per line (for log shippers), otherwise text.
 */
export const logLine = (level: Level, msg: string, fields: Record<string, unknown> = {}): void => {
  if (process.env.LOG_FORMAT === 'json') {
    const line = { level: PINO_LEVELS[level], time: Date.now(), pid: process.pid, hostname: os.hostname(), msg, ...fields }
    process.stdout.write(`${JSON.stringify(line)}\n`)
    return
  }
  const extra = Object.keys(fields).length ? ` ${JSON.stringify(fields)}` : ''
  const write = level === 'error' ? console.error : level === 'warn' ? console.warn : console.log
  write(`${msg}${extra}`)
}

export const serverLog = {
  info: (msg: string) => logLine('info', msg),
  warn: (msg: string) => logLine('warn', msg),
  error: (msg: string) => logLine('error', msg),
}
