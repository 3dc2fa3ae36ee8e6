// Query abuse (REST and GraphQL), oversized and malformed bodies, CSRF and CORS, brute force, and
// concurrent transitions on one item.
import { expect, test } from '@playwright/test'

import { ACCOUNTS, Api, type Answer, expectRefused, expectSafe, login } from './harness'
import { approve, createDraft, transition } from './content'

const SPEC = 'abuse'
const EVIL = 'https://penyerang.example'

let writer: Api
let verifier: Api
let admin: Api
let anonymous: Api

test.describe.configure({ mode: 'serial' })

test.beforeAll(async ({ playwright, baseURL }) => {
  const context = await playwright.request.newContext({ baseURL })
  writer = await login(context, ACCOUNTS.writerHealth)
  verifier = await login(context, ACCOUNTS.verifier)
  admin = await login(context, ACCOUNTS.admin)
  anonymous = new Api(await playwright.request.newContext({ baseURL }))
})

const badRequest = (a: Answer) => a.status === 400 || a.status === 403

test('REST query abuse is refused or bounded', async () => {
  let nested = 'where'
  for (let i = 0; i < 10; i++) nested += `[and][0]`
  const inList = Array.from({ length: 150 }, (_, i) => `where[id][in][${i}]=${i}`).join('&')
  const cases: [string, string, Api, (a: Answer) => boolean][] = [
    ['deeply nested where', `/api/news?${nested}[title][equals]=x`, anonymous, badRequest],
    ['150 values in `in`', `/api/news?${inList}`, anonymous, badRequest],
    ['2,000-character like', `/api/news?where[title][like]=${'a'.repeat(2000)}`, anonymous, badRequest],
    ['unknown operator', '/api/news?where[title][regex]=.*', anonymous, badRequest],
    ['near on text', '/api/news?where[title][near]=1,2,3', writer, badRequest],
    ['sort on hash', '/api/users?sort=hash', admin, badRequest],
    ['sort on sessions', '/api/users?sort=-sessions.createdAt', admin, badRequest],
    ['where on users salt', '/api/users?where[salt][exists]=true', admin, badRequest],
    ['where on resetPasswordToken', '/api/users?where[resetPasswordToken][exists]=true', admin, badRequest],
    ['where on loginAttempts', '/api/users?where[loginAttempts][greater_than]=0', admin, badRequest],
    ['anonymous where on review findings', '/api/news?where[reviewFindings.excerpt][like]=a', anonymous, badRequest],
    ['anonymous sort on bodyText', '/api/news?sort=bodyText', anonymous, badRequest],
    ['page=1e20', '/api/news?page=1e20', anonymous, badRequest],
    ['page=-1', '/api/news?page=-1', anonymous, badRequest],
    ['limit=-5', '/api/news?limit=-5', anonymous, badRequest],
    ['where as broken JSON', '/api/news?where=%7B%22title%22', anonymous, (a) => a.status === 400],
    ['anonymous count with hidden field', '/api/news/count?where[lead][like]=kota', anonymous, badRequest],
    ['anonymous limit=0 (all)', '/api/news?limit=0', anonymous, (a) => a.status === 200 && a.json.limit <= 100],
    ['anonymous depth=100', '/api/news?depth=100&limit=1', anonymous, (a) => a.status === 200],
    ['id overflow', '/api/news/99999999999999999999999', anonymous, (a) => a.status === 404],
    ['negative id', '/api/news/-1', anonymous, (a) => a.status === 404],
  ]
  for (const [name, url, api, ok] of cases) expectRefused(SPEC, 'query-abuse', name, await api.get(url), ok)
})

test('GraphQL abuse is refused with a JSON answer', async () => {
  const graphql = (api: Api, query: string) => api.call('POST', '/api/graphql', { data: { query } })
  // Nine levels through real fields (groups, arrays, relationships): beyond the depth limit of 8.
  const tooDeep = '{ allNews { docs { channels { instagram { images { image { sizes { thumbnail { url } } } } } } } } }'
  expectRefused(SPEC, 'graphql', 'query nested 9 levels deep', await graphql(anonymous, tooDeep), (a) => a.status === 400 && /terlalu dalam/.test(a.text))
  const fine = '{ allNews(limit: 1) { docs { authors { units { id } } } } }'
  expect((await graphql(anonymous, fine)).status, 'a normal query still works').toBe(200)
  const aliases = `{ ${Array.from({ length: 80 }, (_, i) => `a${i}: allNews(limit: 100) { docs { id title } }`).join(' ')} }`
  expectRefused(SPEC, 'graphql', '80 aliased list queries', await graphql(anonymous, aliases), (a) => a.status >= 400 && a.status < 500 && Array.isArray(a.json?.errors))
  // Payload shows a user only their own sessions: other users' session ids never come back.
  const me = (await admin.get('/api/users/me')).json.user.id
  const sessions = await graphql(admin, `{ Users(where: { id: { not_equals: ${me} } }) { docs { id sessions { id createdAt } } } }`)
  expectRefused(SPEC, 'graphql', "other users' sessions through GraphQL", sessions, (a) => a.status < 500 && !/"sessions":\s*\[\s*\{/.test(a.text))
  const whereSecret = await graphql(admin, '{ Users(where: { hash: { exists: true } }) { docs { id } } }')
  expectRefused(SPEC, 'graphql', 'where on hash through GraphQL', whereSecret, (a) => a.status < 500 && (Array.isArray(a.json?.errors) || a.json?.data?.Users?.docs?.length === 0))
  const oracle = await graphql(anonymous, '{ allNews(where: { lead: { like: "kota" } }) { totalDocs } }')
  expectRefused(SPEC, 'graphql', 'anonymous lead oracle through GraphQL', oracle, (a) => a.status < 500 && Array.isArray(a.json?.errors))
  const huge = await graphql(anonymous, '{ allNews(limit: 100000000, pagination: false) { docs { id } limit } }')
  expectRefused(SPEC, 'graphql', 'anonymous huge limit through GraphQL', huge, (a) => a.status < 500 && (Array.isArray(a.json?.errors) || (a.json?.data?.allNews?.limit ?? 0) <= 100))
  for (const body of ['not json at all', '{"query":"{ allNews { docs { id }"}', '{"query":"mutation { deleteNews(id: 1) { id } }"}']) {
    const answer = await anonymous.call('POST', '/api/graphql', { data: body, headers: { 'content-type': 'application/json' } })
    expectRefused(SPEC, 'graphql', `malformed or forbidden GraphQL ${body.slice(0, 40)}`, answer, (a) => a.status < 500 && (a.status >= 400 || Array.isArray(a.json?.errors)))
  }
})

test('oversized and odd bodies', async ({ request }) => {
  const big = 'x'.repeat(1024 * 1024 + 10)
  const cases: [string, string, string][] = [
    ['POST', '/api/users/login', 'application/json'],
    ['POST', '/api/graphql', 'application/json'],
    ['POST', '/api/graphql', 'application/graphql'],
    ['PATCH', '/api/news/1', 'application/json'],
    ['POST', '/api/users/forgot-password', 'application/json'],
    ['POST', '/api/news/1/transition', 'text/plain'],
    ['POST', '/api/users/login', 'application/x-www-form-urlencoded'],
  ]
  for (const [method, url, type] of cases) {
    const response = await request.fetch(url, { method, data: JSON.stringify({ comment: big }), headers: { 'content-type': type }, failOnStatusCode: false })
    expectRefused(SPEC, 'oversized-body', `${method} ${url} ${type} 1 MB+`, { response, status: response.status(), text: await response.text(), json: {}, leaks: [] }, (a) => a.status === 413)
  }
  const empty = await anonymous.call('POST', '/api/users/login', { data: '', headers: { 'content-type': 'application/json' } })
  expectRefused(SPEC, 'oversized-body', 'empty login body', empty)
  const array = await anonymous.call('POST', '/api/users/login', { data: '[]', headers: { 'content-type': 'application/json' } })
  expectRefused(SPEC, 'oversized-body', 'login body is an array', array)
})

test('CSRF: a cookie session does not act for another origin; CORS grants nothing', async ({ playwright, baseURL }) => {
  const browserLike = await playwright.request.newContext({ baseURL })
  const logged = await browserLike.post('/api/users/login', { data: { email: ACCOUNTS.writerHealth, password: (await import('./harness')).E2E_PASSWORD } })
  expect(logged.status()).toBe(200)
  const cookie = logged.headers()['set-cookie'] ?? ''
  expectSafe(SPEC, 'csrf', 'session cookie is HttpOnly and SameSite', /HttpOnly/i.test(cookie) && /SameSite=(Lax|Strict)/i.test(cookie), cookie.replace(/=[^;]+/, '=…'))
  const cookieApi = new Api(browserLike)
  const forged = await cookieApi.call('POST', '/api/news', { data: { title: 'CSRF', unit: 1 }, headers: { Origin: EVIL } })
  expectRefused(SPEC, 'csrf', 'cross-origin POST with the session cookie', forged, (a) => a.status === 401 || a.status === 403)
  const forgedGraphql = await cookieApi.call('POST', '/api/graphql', { data: { query: 'mutation { updateSite(data: { name: "CSRF" }) { name } }' }, headers: { Origin: EVIL } })
  expectRefused(SPEC, 'csrf', 'cross-origin GraphQL mutation with the session cookie', forgedGraphql, (a) => a.status < 500 && !/"name":"CSRF"/.test(a.text))
  const me = await cookieApi.call('GET', '/api/users/me', { headers: { Origin: EVIL } })
  const allowOrigin = me.response.headers()['access-control-allow-origin']
  expectSafe(SPEC, 'cors', 'no CORS grant to a foreign origin', allowOrigin === undefined || (allowOrigin !== EVIL && allowOrigin !== '*'), String(allowOrigin))
  const preflight = await browserLike.fetch('/api/news', { method: 'OPTIONS', headers: { Origin: EVIL, 'Access-Control-Request-Method': 'PATCH' }, failOnStatusCode: false })
  expectSafe(SPEC, 'cors', 'preflight from a foreign origin not granted', preflight.headers()['access-control-allow-origin'] !== EVIL, String(preflight.headers()['access-control-allow-origin']))
  await browserLike.dispose()
})

test('brute force: the account locks after five failures and the right password is then refused', async ({ playwright, baseURL }) => {
  const email = `bruteforce.${Date.now()}@warta.local`
  const units = (await admin.get('/api/units?limit=1&depth=0')).json.docs.map((u: { id: number }) => u.id)
  expect((await admin.post('/api/users', { email, name: 'Uji Brute Force', password: 'kata-sandi-benar-123', roles: ['writer'], units })).status).toBe(201)
  const client = new Api(await playwright.request.newContext({ baseURL }))
  for (let attempt = 0; attempt < 8; attempt++) {
    const answer = await client.post('/api/users/login', { email, password: `tebakan-${attempt}` })
    expectRefused(SPEC, 'brute-force', `wrong password #${attempt + 1}`, answer, (a) => a.status === 401 || a.status === 423 || a.status === 429)
  }
  const right = await client.post('/api/users/login', { email, password: 'kata-sandi-benar-123' })
  expectRefused(SPEC, 'brute-force', 'right password while locked', right, (a) => a.status >= 400 && a.status < 500 && !a.json?.token)
  const unknown = await client.post('/api/users/login', { email: 'tidak.ada@warta.local', password: 'apa-saja-123' })
  expectRefused(SPEC, 'brute-force', 'unknown account', unknown, (a) => a.status === 401 && !/tidak terdaftar|not found/i.test(a.text))
})

test('concurrent transitions: one wins, the others are refused, one audit entry', async () => {
  const draft = await createDraft(writer, { title: `Uji transisi serentak ${Date.now()}` })
  await approve(writer, verifier, draft.id)
  const answers = await Promise.all(Array.from({ length: 6 }, () => transition(verifier, draft.id, 'publish')))
  const wins = answers.filter((a) => a.status === 200).length
  for (const [index, answer] of answers.entries()) {
    expectRefused(SPEC, 'concurrency', `parallel publish #${index + 1}`, answer, (a) => a.status === 200 || (a.status >= 400 && a.status < 500))
  }
  const audit = await admin.get(`/api/audit-log?where[news][equals]=${draft.id}&where[action][equals]=publish&depth=0`)
  expectSafe(SPEC, 'concurrency', 'exactly one publish succeeded and was audited once', wins === 1 && audit.json.totalDocs === 1, `wins ${wins}, audit ${audit.json?.totalDocs}`)
})

test('sessions: simultaneous logins of one account all stay signed in; a logout among them sticks', async ({ playwright, baseURL }) => {
  const email = `sesi.serentak.${Date.now()}@warta.local`
  const password = 'kata-sandi-benar-123'
  const units = (await admin.get('/api/units?limit=1&depth=0')).json.docs.map((u: { id: number }) => u.id)
  expect((await admin.post('/api/users', { email, name: 'Uji Sesi Serentak', password, roles: ['writer'], units })).status).toBe(201)
  const client = new Api(await playwright.request.newContext({ baseURL }))
  const leaving = new Api(client.request, (await client.post('/api/users/login', { email, password })).json.token)
  const [logout, ...logins] = await Promise.all([
    leaving.post('/api/users/logout'),
    ...Array.from({ length: 8 }, () => client.post('/api/users/login', { email, password })),
  ])
  expect(logout.status).toBe(200)
  expect(logins.map((answer) => answer.status)).toEqual(logins.map(() => 200))
  const signedIn = await Promise.all(logins.map(async (answer) => (await new Api(client.request, answer.json.token).get('/api/users/me')).json?.user?.email ?? null))
  expectSafe(SPEC, 'sessions', 'every one of 8 simultaneous logins keeps its session', signedIn.every((who) => who === email), JSON.stringify(signedIn))
  const afterLogout = await leaving.get('/api/users/me')
  expectSafe(SPEC, 'sessions', 'the session logged out during those logins stays logged out', afterLogout.status === 200 && !afterLogout.json?.user, afterLogout.text.slice(0, 200))
})

test('brute force in parallel: twenty simultaneous guesses still lock the account', async ({ playwright, baseURL }) => {
  const email = `bruteforce.paralel.${Date.now()}@warta.local`
  const units = (await admin.get('/api/units?limit=1&depth=0')).json.docs.map((u: { id: number }) => u.id)
  expect((await admin.post('/api/users', { email, name: 'Uji Tebakan Serentak', password: 'kata-sandi-benar-123', roles: ['writer'], units })).status).toBe(201)
  const client = new Api(await playwright.request.newContext({ baseURL }))
  const guesses = await Promise.all(Array.from({ length: 20 }, (_, i) => client.post('/api/users/login', { email, password: `tebakan-${i}` })))
  expectSafe(SPEC, 'brute-force', 'no parallel guess is let in', guesses.every((a) => a.status >= 400 && a.status < 500 && !a.json?.token), guesses.map((a) => a.status).join(','))
  const right = await client.post('/api/users/login', { email, password: 'kata-sandi-benar-123' })
  expectRefused(SPEC, 'brute-force', 'right password after twenty parallel guesses', right, (a) => a.status >= 400 && a.status < 500 && !a.json?.token)
})
