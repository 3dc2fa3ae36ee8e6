/**
 * Security headers for the portal and the admin (next.config.ts `headers()`). Next.js and the
 * Payload admin render inline bootstrap scripts and styles, so script/style sources keep
 * 'unsafe-inline' (a nonce would need per-request rendering of every cached portal page); what
 * the policy does pin: no foreign scripts, no plugins, no <base> hijack, forms post only here,
 * and the admin cannot be framed at all. HSTS is set at runtime by scripts/server.ts, only when
 * PUBLIC_URL is https.
 */
type Header = { key: string; value: string }

const csp = (directives: Record<string, string>): string =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`.trim())
    .join('; ')

const COMMON_CSP = {
  'default-src': "'self'",
  'script-src': "'self' 'unsafe-inline'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'media-src': "'self' blob:",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'manifest-src': "'self'",
  'worker-src': "'self' blob:",
}

const BASELINE: Header[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

/** Admin (/admin): never framed; previews it frames come from this origin only. */
export const ADMIN_HEADERS: Header[] = [
  ...BASELINE,
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Content-Security-Policy', value: csp({ ...COMMON_CSP, 'frame-src': "'self'", 'frame-ancestors': "'none'" }) },
]

/** Portal pages and the API: YouTube embeds (privacy-enhanced domain) in articles, framed only by this origin. */
export const PORTAL_HEADERS: Header[] = [
  ...BASELINE,
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  {
    key: 'Content-Security-Policy',
    value: csp({ ...COMMON_CSP, 'frame-src': "'self' https://www.youtube-nocookie.com", 'frame-ancestors': "'self'" }),
  },
]

/** HSTS value for an https deployment (one year, subdomains; not preloaded: that is the office's call). */
export const HSTS = 'max-age=31536000; includeSubDomains'
