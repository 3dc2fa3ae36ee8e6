// Shared by the security suite's spec files: accounts, an API client that scans every answer for
// secrets, and the case log behind reports/security.json (one JSON line per hostile case).
import type { APIRequestContext } from '@playwright/test'

import { expect } from '@playwright/test'
import { Parser } from 'htmlparser2'
import fs from 'node:fs'
import path from 'node:path'

import { ACCOUNTS, E2E_PASSWORD } from '../../e2e/helpers/accounts'

export { ACCOUNTS, E2E_PASSWORD }

export const CASES_FILE = path.resolve('reports/security-cases.jsonl')

/** Values that must never appear in an answer or in the server log (defaults of scripts/security-server.mjs). */
export const knownSecrets = (): string[] =>
  [
    process.env.PAYLOAD_SECRET || 'security-only-secret-0123456789abcdef01234567',
    process.env.WARTA_SECRET_KEY || '5ec0'.repeat(16),
    process.env.FAKE_HOOK_SECRET || 'security-webhook-secret-0123456789',
    E2E_PASSWORD,
    ...(process.env.SECURITY_SECRETS ?? '').split(',').filter(Boolean),
  ].filter((value) => value.length >= 8)

/** Shapes of leaked internals: auth data, stack traces, database errors, private keys. */
export const LEAK_PATTERNS: readonly RegExp[] = [
  /"(hash|salt|resetPasswordToken|_verificationToken|apiKey)"\s*:\s*"/,
  /"sessions"\s*:\s*\[\s*\{/,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /\n\s+at .+\((\/|file:|node:)/,
  /node_modules\//,
  /SQLITE_[A-Z]+|SqliteError|drizzle/i,
]

export const findLeaks = (text: string): string[] => {
  const leaks = LEAK_PATTERNS.filter((pattern) => pattern.test(text)).map(String)
  for (const secret of knownSecrets()) if (text.includes(secret)) leaks.push(`secret value …${secret.slice(-4)}`)
  return leaks
}

type CaseRecord = { spec: string; kind: string; name: string; refused: boolean; leaks: string[]; status?: number; dependsOn?: string }

export const recordCase = (record: CaseRecord): void => {
  fs.mkdirSync(path.dirname(CASES_FILE), { recursive: true })
  fs.appendFileSync(CASES_FILE, `${JSON.stringify(record)}\n`)
}

/** A logged-in (or anonymous) API client; every answer's body is scanned for leaks. */
export class Api {
  constructor(
    readonly request: APIRequestContext,
    readonly token?: string,
  ) {}

  get headers(): Record<string, string> {
    return this.token ? { Authorization: `JWT ${this.token}` } : {}
  }

  async call(method: string, url: string, options: { data?: unknown; headers?: Record<string, string>; multipart?: Record<string, unknown> } = {}) {
    const response = await this.request.fetch(url, {
      method,
      headers: { ...this.headers, ...options.headers },
      data: options.data as never,
      multipart: options.multipart as never,
      failOnStatusCode: false,
      maxRedirects: 0,
    })
    const text = await response.text()
    let json: unknown = undefined
    try {
      json = JSON.parse(text)
    } catch {
      // not JSON
    }
    return { response, status: response.status(), text, json: json as Record<string, any> /* eslint-disable-line @typescript-eslint/no-explicit-any */, leaks: findLeaks(text) }
  }

  get = (url: string, headers?: Record<string, string>) => this.call('GET', url, { headers })
  post = (url: string, data?: unknown) => this.call('POST', url, { data })
  patch = (url: string, data?: unknown) => this.call('PATCH', url, { data })
  delete = (url: string) => this.call('DELETE', url)
}

export const login = async (request: APIRequestContext, email: string, password = E2E_PASSWORD): Promise<Api> => {
  const response = await request.post('/api/users/login', { data: { email, password } })
  expect(response.status(), `login ${email}`).toBe(200)
  const { token } = (await response.json()) as { token: string }
  return new Api(request, token)
}

export type Answer = Awaited<ReturnType<Api['call']>>

/** Indonesian error text: at least one common Indonesian word, and not Payload's English fallbacks. */
export const isIndonesian = (message: unknown): boolean =>
  typeof message === 'string' &&
  !/Something went wrong|An unknown error|not allowed|not found|Unauthorized/i.test(message) &&
  /\b(tidak|terlalu|ditemukan|anda|berkas|permintaan|kueri|kolom|harus|belum|hanya|dapat|batas|valid|kesalahan|halaman|sudah|salah)\b/i.test(message)

export const firstMessage = (answer: Answer): unknown => answer.json?.errors?.[0]?.message ?? answer.json?.message

/**
 * One hostile case: `refused` decides from the answer whether the server refused it cleanly.
 * The case is logged for the report and asserted: refused, no leak, never a 5xx.
 */
export const expectRefused = (
  spec: string,
  kind: string,
  name: string,
  answer: Answer,
  refused: (answer: Answer) => boolean = (a) => a.status >= 400 && a.status < 500,
  dependsOn?: string,
): void => {
  const ok = refused(answer) && answer.status < 500
  recordCase({ spec, kind, name, refused: ok, leaks: answer.leaks, status: answer.status, dependsOn })
  expect.soft(answer.leaks, `${name}: leaks`).toEqual([])
  expect.soft(ok, `${name}: answered ${answer.status} ${answer.text.slice(0, 300)}`).toBe(true)
}

/** A hostile case judged by something other than one HTTP answer (a feed's text, a browser dialog). */
export const expectSafe = (spec: string, kind: string, name: string, safe: boolean, detail = '', dependsOn?: string): void => {
  recordCase({ spec, kind, name, refused: safe, leaks: [], dependsOn })
  expect.soft(safe, `${name}: ${detail}`).toBe(true)
}

/**
 * Markup that would run if this HTML were rendered: an injected <script> (one whose code is the
 * suite's own payload), a frame/object other than the YouTube embed, an on… handler attribute, a
 * javascript: URL. Parsed with htmlparser2, so escaped text (&lt;img onerror=…) and payload text
 * inside Next.js's own data scripts do not count. CDATA sections (feeds) are parsed as HTML too.
 */
export const executableMarkup = (html: string): string[] => {
  const found = new Set<string>()
  let inScript = false
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script') inScript = true
        if (['iframe', 'object', 'embed'].includes(name) && !(attributes.src ?? '').startsWith('https://www.youtube-nocookie.com/')) {
          found.add(`<${name}> element`)
        }
        for (const [attribute, value] of Object.entries(attributes)) {
          if (/^on/i.test(attribute)) found.add(`${attribute} handler on <${name}>`)
          if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute) && /^\s*javascript:/i.test(value)) found.add(`javascript: URL in <${name}>`)
        }
      },
      ontext(text) {
        if (inScript && /^\s*(window\.__xss|alert\()/.test(text)) found.add('injected <script> element')
      },
      onclosetag(name) {
        if (name === 'script') inScript = false
      },
    },
    { decodeEntities: true },
  )
  parser.write(html)
  parser.end()
  for (const section of html.match(/<!\[CDATA\[[\s\S]*?\]\]>/g) ?? []) {
    for (const issue of executableMarkup(section.slice('<![CDATA['.length, -']]>'.length))) found.add(`${issue} (in CDATA)`)
  }
  return [...found]
}
