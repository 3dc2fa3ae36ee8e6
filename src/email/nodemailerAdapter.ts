import type { EmailAdapter, SendEmailOptions } from 'payload'

import nodemailer from 'nodemailer'

export const DRIVER_NAME = 'warta-nodemailer'

export interface NodemailerAdapterOptions {
  /** SMTP host; when empty, messages are only logged (recipients and subject, never content or secrets). */
  host?: string
  port?: number
  user?: string
  pass?: string
  /** TLS from the first byte (port 465). STARTTLS is used when offered otherwise. */
  secure?: boolean
  /** `"Humas Kota <humas@kota.go.id>"` or a bare address. */
  from?: string
}

const parseFrom = (from: string | undefined): { address: string; name: string } => {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from ?? '')
  if (match) return { name: match[1] || 'Warta', address: match[2] as string }
  return { name: 'Warta', address: from?.trim() || 'warta@localhost' }
}

const recipients = (to: SendEmailOptions['to']): string =>
  [to]
    .flat(2)
    .map((entry) => (typeof entry === 'string' ? entry : entry && 'address' in entry ? entry.address : ''))
    .filter(Boolean)
    .join(', ')

/**
 * Payload e-mail adapter over nodemailer (SMTP). `@payloadcms/email-nodemailer` pins another
 * Payload version, hence this small adapter. Without a host it logs instead of sending.
 */
export const nodemailerAdapter = (options: NodemailerAdapterOptions): EmailAdapter => {
  const from = parseFrom(options.from)
  return ({ payload }) => {
    const transport = options.host
      ? nodemailer.createTransport({
          host: options.host,
          port: options.port ?? (options.secure ? 465 : 587),
          secure: options.secure ?? false,
          auth: options.user ? { user: options.user, pass: options.pass ?? '' } : undefined,
        })
      : null
    return {
      name: DRIVER_NAME,
      defaultFromAddress: from.address,
      defaultFromName: from.name,
      sendEmail: async (message) => {
        if (!transport) {
          payload.logger.info(`[email] (tanpa SMTP) kepada ${recipients(message.to)}: ${String(message.subject ?? '')}`)
          return { logged: true }
        }
        const sender = message.from ?? { name: from.name, address: from.address }
        return transport.sendMail({ ...message, from: sender })
      },
    }
  }
}
