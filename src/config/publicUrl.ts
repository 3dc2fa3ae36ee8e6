/**
 * Absolute base of links that leave the admin (e-mails, feeds, syndication): PUBLIC_URL without
 * a trailing slash. Payload's `serverURL` stays empty so the admin works at every allowed origin.
 */
export const publicUrl = (): string => (process.env.PUBLIC_URL || 'http://localhost:3000').replace(/\/+$/, '')
