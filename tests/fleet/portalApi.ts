import { ADMIN } from './cluster'

/** Payload's REST API and the workflow endpoint of one web instance, as editors use them. */
type Answer = { status: number; json: any } // eslint-disable-line @typescript-eslint/no-explicit-any

export const call = async (base: string, method: string, path: string, token?: string, body?: unknown): Promise<Answer> => {
  const res = await fetch(`${base}/api${path}`, {
    method,
    headers: { ...(token ? { Authorization: `JWT ${token}` } : {}), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  let json: unknown = text
  try {
    json = JSON.parse(text)
  } catch {
    // not JSON
  }
  return { status: res.status, json }
}

const ok = (answer: Answer, what: string): Answer => {
  if (answer.status >= 300) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.json).slice(0, 400)}`)
  return answer
}

export const login = async (base: string, email: string, password: string): Promise<string> =>
  ok(await call(base, 'POST', '/users/login', undefined, { email, password }), `login ${email}`).json.token as string

const PASSWORD = 'kata-sandi-armada-123'
const CHECKLIST = { names: true, titles: true, dates: true, quotes: true, numbers: true, sources: true }

const lexical = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      },
    ],
  },
})

export type Newsroom = { writer: string; verifier: string; unit: number | string; category: { id: number | string; slug: string } }

/** Creates an OPD, a category, a writer and a verifier through the admin account; returns their tokens. */
export const setUpNewsroom = async (base: string): Promise<Newsroom> => {
  const admin = await login(base, ADMIN.email, ADMIN.password)
  const unit = ok(await call(base, 'POST', '/units', admin, { name: 'Dinas Armada', shortName: 'Armada' }), 'unit').json.doc
  const category = ok(await call(base, 'POST', '/categories', admin, { name: 'Kabar Armada' }), 'category').json.doc
  for (const [email, roles] of [
    ['penulis-armada@contoh.go.id', ['writer']],
    ['verifikator-armada@contoh.go.id', ['verifier']],
  ] as const) {
    ok(await call(base, 'POST', '/users', admin, { email, password: PASSWORD, name: `Uji ${roles[0]}`, roles, units: [unit.id] }), `user ${email}`)
  }
  return {
    writer: await login(base, 'penulis-armada@contoh.go.id', PASSWORD),
    verifier: await login(base, 'verifikator-armada@contoh.go.id', PASSWORD),
    unit: unit.id,
    category: { id: category.id, slug: category.slug },
  }
}

export type Item = { id: number | string; slug: string; title: string }

/** Writes an item and takes it to `approved` (writer submits, verifier ticks the checklist and approves). */
export const approvedItem = async (base: string, room: Newsroom, title: string): Promise<Item> => {
  const doc = ok(
    await call(base, 'POST', '/news', room.writer, {
      title,
      lead: `Ringkasan ${title} untuk warga kota.`,
      body: lexical(`Isi berita ${title}. Kegiatan berlangsung di Balai Kota.`),
      unit: room.unit,
      category: room.category.id,
    }),
    'create news',
  ).json.doc
  ok(await call(base, 'POST', `/news/${doc.id}/transition`, room.writer, { action: 'submit' }), 'submit')
  ok(await call(base, 'PATCH', `/news/${doc.id}?draft=true`, room.verifier, { checklist: CHECKLIST }), 'checklist')
  ok(await call(base, 'POST', `/news/${doc.id}/transition`, room.verifier, { action: 'approve' }), 'approve')
  return { id: doc.id, slug: doc.slug, title }
}

export const transition = async (base: string, token: string, id: Item['id'], body: Record<string, unknown>) =>
  ok(await call(base, 'POST', `/news/${id}/transition`, token, body), `transition ${String(body.action)}`).json.doc
