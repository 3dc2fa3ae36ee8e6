// Issue 9 findings 8, 9, 11, 12, 13 and 15 as black-box regressions against the production server.
import { expect, test } from '@playwright/test'

import { ACCOUNTS, Api, executableMarkup, expectRefused, expectSafe, firstMessage, isIndonesian, login } from './harness'
import { createDraft, publishNews } from './content'

const SPEC = 'findings'
const XSS = '<script>alert(1)</script><img src=x onerror=alert(2)>'

test.describe.configure({ mode: 'serial' })

let writer: Api
let verifier: Api
let admin: Api
let anonymous: Api

test.beforeAll(async ({ playwright, baseURL }) => {
  const context = await playwright.request.newContext({ baseURL })
  writer = await login(context, ACCOUNTS.writerHealth)
  verifier = await login(context, ACCOUNTS.verifier)
  admin = await login(context, ACCOUNTS.admin)
  anonymous = new Api(await playwright.request.newContext({ baseURL }))
})

test('finding 8: feeds carry titles as plain text and summaries through the allow-list', async () => {
  const item = await publishNews(writer, verifier, {
    title: `Banjir surut ${XSS} ${Date.now()}`,
    lead: `Ringkasan ${XSS}<a href="javascript:alert(3)">tautan</a><b>tebal</b>`,
  })
  const detail = await admin.get(`/api/news/${item.id}?depth=1`)
  const category = detail.json.category as { slug?: string } | null
  const unit = detail.json.unit as { slug?: string }
  const feeds = ['/feed.xml', '/atom.xml', '/feed.json', `/opd/${unit.slug}/feed.xml`, `/opd/${unit.slug}/atom.xml`, `/opd/${unit.slug}/feed.json`]
  if (category?.slug) feeds.push(`/kategori/${category.slug}/feed.xml`, `/kategori/${category.slug}/atom.xml`, `/kategori/${category.slug}/feed.json`)
  for (const feed of feeds) {
    const answer = await anonymous.get(feed)
    expect(answer.status, feed).toBe(200)
    expect(answer.text, `${feed} lists the item`).toContain('Banjir surut')
    // Feed readers render summaries and bodies as HTML: nothing executable may remain in them.
    const html = feed.endsWith('.json')
      ? (JSON.parse(answer.text).items as Record<string, unknown>[]).map((item) => `${item.title} ${item.summary ?? ''} ${item.content_html ?? ''}`).join('\n')
      : answer.text
    const found = executableMarkup(html)
    expectSafe(SPEC, 'xss-feed', `hostile title/summary in ${feed}`, found.length === 0, found.join(', '))
    if (feed.endsWith('atom.xml')) {
      expectSafe(SPEC, 'xss-feed', `Atom titles are type="text" in ${feed}`, !/<title type="html">/.test(answer.text))
    }
  }
})

test('finding 9: no content oracle through where/sort, and session data is never queryable', async () => {
  const news = await admin.get('/api/news?limit=1&where[workflowState][equals]=published&depth=0')
  const id = news.json.docs[0].id
  for (const field of ['lead', 'body', 'bodyText', 'sources.name', 'checklist.names', 'authors.email']) {
    const answer = await anonymous.get(`/api/news?where[and][0][id][equals]=${id}&where[and][1][${field}][like]=kota`)
    expectRefused(SPEC, 'query-oracle', `anonymous where on ${field}`, answer, (a) => a.status === 400 || a.status === 403)
  }
  expectRefused(SPEC, 'query-oracle', 'anonymous sort on lead', await anonymous.get('/api/news?sort=-lead'), (a) => a.status === 400 || a.status === 403)
  for (const [who, api] of [['anonymous', () => anonymous], ['writer', () => writer], ['admin', () => admin]] as const) {
    for (const path of ['authors.sessions.id', 'authors.hash', 'authors.salt', 'authors.resetPasswordToken', 'authors.lockUntil']) {
      const answer = await api().get(`/api/news?where[${path}][like]=a`)
      expectRefused(SPEC, 'query-secrets', `${who} where on ${path}`, answer, (a) => a.status === 400 || a.status === 403)
    }
    const users = await api().get('/api/users?where[sessions.id][exists]=true')
    expectRefused(SPEC, 'query-secrets', `${who} where on users.sessions.id`, users, (a) => a.status === 400 || a.status === 403)
  }
  const bad = await anonymous.get('/api/news?where[lead][like]=kota')
  expect(isIndonesian(firstMessage(bad)), String(firstMessage(bad))).toBe(true)
})

test('finding 11: security headers on portal, API and admin', async () => {
  const portal = await anonymous.get('/')
  const admin = await anonymous.get('/admin/login')
  const api = await anonymous.get('/api/news?limit=1')
  for (const [name, answer] of [['portal', portal], ['admin', admin], ['api', api]] as const) {
    const headers = answer.response.headers()
    expectSafe(SPEC, 'headers', `${name}: nosniff`, headers['x-content-type-options'] === 'nosniff')
    expectSafe(SPEC, 'headers', `${name}: referrer policy`, headers['referrer-policy'] === 'strict-origin-when-cross-origin')
    expectSafe(SPEC, 'headers', `${name}: CSP without foreign scripts`, /script-src 'self'/.test(headers['content-security-policy'] ?? '') && /object-src 'none'/.test(headers['content-security-policy'] ?? ''))
  }
  const adminHeaders = admin.response.headers()
  expectSafe(SPEC, 'headers', 'admin: frame-ancestors none', /frame-ancestors 'none'/.test(adminHeaders['content-security-policy'] ?? ''))
  expectSafe(SPEC, 'headers', 'admin: X-Frame-Options DENY', adminHeaders['x-frame-options'] === 'DENY')
  // HSTS only for an https deployment: this server runs on http://localhost.
  expectSafe(SPEC, 'headers', 'no HSTS on plain http', portal.response.headers()['strict-transport-security'] === undefined)
})

test('finding 12: body size limits and query size caps', async ({ request }) => {
  const big = JSON.stringify({ email: ACCOUNTS.writerHealth, password: 'x'.repeat(2 * 1024 * 1024) })
  for (const url of ['/api/users/login', '/api/graphql', '/api/news', '/api/news/1/transition', '/api/globals/site']) {
    const response = await request.post(url, { data: big, headers: { 'content-type': 'application/json' }, failOnStatusCode: false })
    const answer = { response, status: response.status(), text: await response.text(), json: undefined as never, leaks: [] as string[] }
    expectRefused(SPEC, 'oversized-body', `2 MB JSON to ${url}`, answer, (a) => a.status === 413)
  }
  const anonymousHuge = await anonymous.get('/api/news?limit=100000000')
  expectRefused(SPEC, 'query-abuse', 'anonymous limit=100000000 capped at 100', anonymousHuge, (a) => a.status === 200 && a.json.limit <= 100)
  const anonymousAll = await anonymous.get('/api/news?pagination=false')
  expectRefused(SPEC, 'query-abuse', 'anonymous pagination=false ignored', anonymousAll, (a) => a.status === 200 && a.json.limit <= 100 && a.json.totalPages >= 1)
  const staffHuge = await writer.get('/api/news?limit=100000000&depth=0')
  expectRefused(SPEC, 'query-abuse', 'staff limit capped at 500', staffHuge, (a) => a.status === 200 && a.json.limit <= 500)
  const deep = await anonymous.get('/api/news?limit=1&depth=50')
  expectRefused(SPEC, 'query-abuse', 'anonymous depth=50 capped', deep, (a) => a.status === 200)
})

test('finding 13: malformed requests are 4xx with an Indonesian message, never 500', async () => {
  const cases: [string, Api][] = [
    ['/api/news/abc', anonymous],
    ['/api/news/abc', admin],
    ['/api/media/file/tidak-ada.jpg', anonymous],
    ['/api/audit-log/versions', admin],
    ['/api/globals/channels/versions', admin],
    ['/api/news?page=1e20', anonymous],
    ['/api/news?where[title][near]=1,2', anonymous],
    ['/api/news?where[title][near]=1,2', admin],
    ['/api/news?where=%7Bnot-json', anonymous],
    ['/api/news/versions/abc', admin],
  ]
  for (const [url, api] of cases) {
    const answer = await api.get(url)
    expectRefused(SPEC, 'malformed', `${url} (${api.token ? 'staff' : 'anonymous'})`, answer, (a) => a.status >= 400 && a.status < 500)
    if (answer.json) expect(isIndonesian(firstMessage(answer)), `${url}: ${String(firstMessage(answer))}`).toBe(true)
  }
  for (const body of ['{"query": ', '{"query": "{ allNews { docs { id } }"}', '[1,2', '{"query": 5}']) {
    const answer = await anonymous.call('POST', '/api/graphql', { data: body, headers: { 'content-type': 'application/json' } })
    expectRefused(SPEC, 'malformed', `malformed GraphQL ${body}`, answer, (a) => a.status >= 400 && a.status < 500 && a.text.length > 0)
  }
})

test('finding 15: refusals reach editors in Indonesian', async () => {
  const draft = await createDraft(writer, { title: `Uji pesan penolakan ${Date.now()}` })
  const answer = await writer.patch(`/api/news/${draft.id}?draft=true`, { workflowState: 'published' })
  expectRefused(SPEC, 'messages', 'workflowState write refused in Indonesian', answer, (a) => a.status === 403 && isIndonesian(firstMessage(a)))
  const forbidden = await writer.post('/api/globals/site', { name: 'Diambil alih' })
  expectRefused(SPEC, 'messages', 'writer edits site settings: refused in Indonesian', forbidden, (a) => a.status === 403 && isIndonesian(firstMessage(a)))
})
