import type { Payload } from 'payload'

import { createLocalReq } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { Media, News, Unit, User } from '@/payload-types'

import { applyTransition } from '@/workflow/applyTransition'
import { TRANSITION_ACTIONS, type TransitionAction } from '@/workflow/transitions'

import type { GraphqlCall } from '../helpers/graphql'
import type { RestCall } from '../helpers/rest'
import type { TestPayload } from '../helpers/startPayload'

import { createUnit, createUser, newsData } from '../helpers/fixtures'
import { graphqlClient } from '../helpers/graphql'
import { restClient, tokenFor } from '../helpers/rest'
import { startPayload } from '../helpers/startPayload'
import { describeWithDatabase } from '../helpers/testDatabase'
import { FULL_CHECKLIST } from '../helpers/workflow'

type Role = 'admin' | 'anonymous' | 'verifier' | 'writer'
type Scope = 'other' | 'own'
type Api = 'graphql' | 'local' | 'rest'
/** Paths added by issue 9: version history, duplicate, media of a unit, other users' account data. */
type IntegrityOperation =
  | 'duplicate'
  | 'readUserEmail'
  | 'readVersionById'
  | 'readVersions'
  | 'replaceMediaInUse'
  | 'restoreVersion'
  | 'updateMedia'
  | 'updateMediaInUse'
type Operation = 'create' | 'delete' | 'read' | 'update' | IntegrityOperation | TransitionAction

const ROLES: Role[] = ['admin', 'verifier', 'writer', 'anonymous']
const SCOPES: Scope[] = ['own', 'other']
const INTEGRITY_OPERATIONS: IntegrityOperation[] = [
  'readVersions',
  'readVersionById',
  'restoreVersion',
  'duplicate',
  'updateMedia',
  'updateMediaInUse',
  'replaceMediaInUse',
  'readUserEmail',
]
const OPERATIONS: Operation[] = ['create', 'read', 'update', 'delete', ...TRANSITION_ACTIONS, ...INTEGRITY_OPERATIONS]
/** GraphQL is checked on the new paths; an upload has no GraphQL mutation. */
const apisFor = (operation: Operation): Api[] =>
  !(INTEGRITY_OPERATIONS as string[]).includes(operation) ? ['rest', 'local'] : operation === 'replaceMediaInUse' ? ['rest', 'local'] : ['rest', 'local', 'graphql']

/** The rule under test (design.md §3, docs/workflow.md): who may do what, in their own OPD and in another. */
const allowed = (role: Role, scope: Scope, operation: Operation): boolean => {
  if (role === 'anonymous') return false
  // Outside the workflow for everyone: restoring old versions, duplicating, replacing a live file,
  // changing what readers see of a live item's media (media keep no versions: it would skip review).
  if (['restoreVersion', 'duplicate', 'replaceMediaInUse', 'updateMediaInUse'].includes(operation)) return false
  if (operation === 'readUserEmail') return role === 'admin'
  if (role === 'admin' || role === 'verifier') return true
  // writer
  if (scope === 'other') return false
  return ['create', 'read', 'update', 'delete', 'submit', 'readVersions', 'readVersionById', 'updateMedia'].includes(operation)
}

/** The state each transition starts from, with its gate met. */
const START: Record<TransitionAction, Partial<News>> = {
  submit: { workflowState: 'draft' },
  request_changes: { workflowState: 'in_review' },
  approve: { workflowState: 'in_review', checklist: FULL_CHECKLIST },
  publish: { workflowState: 'approved', checklist: FULL_CHECKLIST },
  schedule: { workflowState: 'approved', checklist: FULL_CHECKLIST },
  unschedule: { workflowState: 'scheduled', publishAt: new Date(Date.now() + 86_400_000).toISOString() },
  retract: { workflowState: 'published', _status: 'published', publishedAt: new Date().toISOString(), firstPublishedAt: new Date().toISOString() },
  // Internal: a restored item's latest version is in review while its live document stays
  // retracted; keeping it out of anonymous lists leaves the anonymous-reader checks below exact.
  restore: { workflowState: 'retracted', _status: 'published', visibility: 'internal', firstPublishedAt: new Date().toISOString(), retraction: { reason: 'Salah informasi.' } },
}

const BODY: Record<TransitionAction, Record<string, string>> = {
  submit: {},
  request_changes: { comment: 'Perbaiki judul.' },
  approve: {},
  publish: {},
  schedule: { publishAt: new Date(Date.now() + 86_400_000).toISOString() },
  unschedule: {},
  retract: { reason: 'Salah informasi.' },
  restore: { comment: 'Informasi sudah dibetulkan; tinjau ulang.' },
}

describeWithDatabase('access matrix', () => {
  let t: TestPayload
  let payload: Payload
  let rest: RestCall
  let graphql: GraphqlCall
  let own: Unit
  let other: Unit
  let author: User
  const users = new Map<Role, { user: User; token: string }>()

  beforeAll(async () => {
    t = await startPayload('access-matrix')
    payload = t.payload
    rest = await restClient()
    graphql = await graphqlClient()
    await createUser(payload, ['admin'])
    own = await createUnit(payload)
    other = await createUnit(payload)
    author = await createUser(payload, ['writer'], [own.id, other.id])
    for (const role of ['admin', 'verifier', 'writer'] as const) {
      const user = await createUser(payload, [role], [own.id])
      users.set(role, { user, token: await tokenFor(payload, user) })
    }
  })
  afterAll(async () => {
    await t?.stop()
  })

  /** An item of `unit`, written by someone else, in the state `operation` starts from. */
  const itemFor = async (unit: Unit, operation: Operation): Promise<News> => {
    const start = operation in START ? START[operation as TransitionAction] : {}
    return payload.create({
      collection: 'news',
      data: { ...newsData(unit.id), authors: [author.id], lastContentEditBy: author.id, ...start },
      context: { trusted: true },
    })
  }

  const photo = () => sharp({ create: { width: 32, height: 24, channels: 3, background: { r: 10, g: 90, b: 40 } } }).jpeg().toBuffer()
  const mediaOf = async (unit: Unit): Promise<Media> => {
    const data = await photo()
    return payload.create({ collection: 'media', data: { alt: 'Foto matriks', unit: unit.id }, file: { data, name: 'matriks.jpg', mimetype: 'image/jpeg', size: data.length } })
  }
  /** A media of `unit` shown by a published item of that unit. */
  const mediaInUse = async (unit: Unit): Promise<Media> => {
    const media = await mediaOf(unit)
    await payload.create({
      collection: 'news',
      data: { ...newsData(unit.id), coverImage: media.id, authors: [author.id], workflowState: 'published', _status: 'published', firstPublishedAt: new Date().toISOString() },
      context: { trusted: true },
    })
    return media
  }
  const gqlOk = async (query: string, token: string | undefined, pick: (data: Record<string, unknown>) => unknown): Promise<boolean> => {
    const answer = await graphql(query, token)
    if (answer.errors?.length || !answer.data) return false
    return Boolean(pick(answer.data))
  }
  const firstVersionId = async (item: News) =>
    (await payload.findVersions({ collection: 'news', where: { parent: { equals: item.id } }, sort: 'createdAt', depth: 0 })).docs[0]!.id

  /** The issue 9 paths: true when the attempt succeeded (and showed what it asked for). */
  const attemptIntegrity = async (operation: IntegrityOperation, unit: Unit, api: Api, user: User | undefined, token: string | undefined): Promise<boolean> => {
    const local = { user, overrideAccess: false } as const
    switch (operation) {
      case 'readVersions': {
        const item = await itemFor(unit, 'read')
        if (api === 'rest') return ((await rest('GET', '/news/versions', { token, query: `where[parent][equals]=${item.id}` })).json?.docs?.length ?? 0) > 0
        if (api === 'graphql') return gqlOk(`{ versionsallNews(where: { parent: { equals: ${item.id} } }) { docs { id } } }`, token, (d) => (d.versionsallNews as { docs: unknown[] }).docs.length > 0)
        return payload.findVersions({ collection: 'news', where: { parent: { equals: item.id } }, ...local }).then((r) => r.docs.length > 0, () => false)
      }
      case 'readVersionById': {
        const versionId = await firstVersionId(await itemFor(unit, 'read'))
        if (api === 'rest') return (await rest('GET', `/news/versions/${versionId}`, { token })).status === 200
        if (api === 'graphql') return gqlOk(`{ versionNews(id: ${versionId}) { id version { title } } }`, token, (d) => (d.versionNews as { version?: { title?: string } } | null)?.version?.title)
        return payload.findVersionByID({ collection: 'news', id: versionId, ...local }).then(() => true, () => false)
      }
      case 'restoreVersion': {
        const versionId = await firstVersionId(await itemFor(unit, 'read'))
        if (api === 'rest') return (await rest('POST', `/news/versions/${versionId}`, { token })).status === 200
        if (api === 'graphql') return gqlOk(`mutation { restoreVersionNews(id: ${versionId}) { id } }`, token, (d) => d.restoreVersionNews)
        return payload.restoreVersion({ collection: 'news', id: versionId, ...local }).then(() => true, () => false)
      }
      case 'duplicate': {
        const item = await itemFor(unit, 'read')
        const before = (await payload.count({ collection: 'news' })).totalDocs
        let answered = false
        if (api === 'rest') answered = [200, 201].includes((await rest('POST', `/news/${item.id}/duplicate`, { token, body: {} })).status)
        else if (api === 'graphql') answered = await gqlOk(`mutation { duplicateNews(id: ${item.id}) { id } }`, token, (d) => d.duplicateNews)
        else answered = await payload.duplicate({ collection: 'news', id: item.id, ...local }).then(() => true, () => false)
        return answered || (await payload.count({ collection: 'news' })).totalDocs !== before
      }
      case 'updateMedia':
      case 'updateMediaInUse': {
        const media = operation === 'updateMedia' ? await mediaOf(unit) : await mediaInUse(unit)
        if (api === 'rest') return (await rest('PATCH', `/media/${media.id}`, { token, body: { alt: 'Alt baru' } })).status === 200
        if (api === 'graphql') return gqlOk(`mutation { updateMedia(id: ${media.id}, data: { alt: "Alt baru" }) { alt } }`, token, (d) => (d.updateMedia as { alt?: string } | null)?.alt === 'Alt baru')
        return payload.update({ collection: 'media', id: media.id, data: { alt: 'Alt baru' }, ...local }).then(() => true, () => false)
      }
      case 'replaceMediaInUse': {
        const media = await mediaInUse(unit)
        const data = await photo()
        if (api === 'rest') {
          const form = new FormData()
          form.append('file', new Blob([new Uint8Array(data)], { type: 'image/jpeg' }), 'pengganti.jpg')
          form.append('_payload', JSON.stringify({ alt: 'Foto matriks' }))
          return (await rest('PATCH', `/media/${media.id}`, { token, body: form })).status === 200
        }
        return payload
          .update({ collection: 'media', id: media.id, data: {}, file: { data, name: 'pengganti.jpg', mimetype: 'image/jpeg', size: data.length }, ...local })
          .then(() => true, () => false)
      }
      case 'readUserEmail': {
        const target = await createUser(payload, ['writer'], [unit.id])
        if (api === 'rest') return (await rest('GET', `/users/${target.id}`, { token })).json?.email === target.email
        if (api === 'graphql') return gqlOk(`{ User(id: ${target.id}) { email } }`, token, (d) => (d.User as { email?: string } | null)?.email === target.email)
        return payload.findByID({ collection: 'users', id: target.id, ...local }).then((doc) => doc.email === target.email, () => false)
      }
    }
  }

  const attempt = async (role: Role, scope: Scope, operation: Operation, api: Api): Promise<boolean> => {
    const unit = scope === 'own' ? own : other
    const actor = users.get(role)
    const token = actor?.token
    const user = actor?.user
    if ((INTEGRITY_OPERATIONS as string[]).includes(operation)) {
      return attemptIntegrity(operation as IntegrityOperation, unit, api, user, token)
    }
    if (operation === 'create') {
      if (api === 'rest') return (await rest('POST', '/news', { token, body: newsData(unit.id) })).status === 201
      return payload
        .create({ collection: 'news', data: newsData(unit.id), user, overrideAccess: false })
        .then(() => true, () => false)
    }
    const item = await itemFor(unit, operation)
    switch (operation) {
      case 'read':
        if (api === 'rest') return (await rest('GET', `/news/${item.id}`, { token, query: 'draft=true' })).status === 200
        return payload.findByID({ collection: 'news', id: item.id, draft: true, user, overrideAccess: false }).then(() => true, () => false)
      case 'update': {
        const data = { lead: 'Lead diperbarui.' }
        if (api === 'rest') return (await rest('PATCH', `/news/${item.id}`, { token, body: data })).status === 200
        return payload.update({ collection: 'news', id: item.id, data, user, overrideAccess: false }).then(() => true, () => false)
      }
      case 'delete':
        if (api === 'rest') return (await rest('DELETE', `/news/${item.id}`, { token })).status === 200
        return payload.delete({ collection: 'news', id: item.id, user, overrideAccess: false }).then(() => true, () => false)
      default: {
        const action = operation as TransitionAction
        const body = { action, ...BODY[action] }
        if (api === 'rest') {
          const answer = await rest('POST', `/news/${item.id}/transition`, { token, body })
          if (answer.status !== 200 && ![401, 403].includes(answer.status)) throw new Error(`${operation}: ${answer.status} ${JSON.stringify(answer.json)}`)
          return answer.status === 200
        }
        if (!user) return false // the Local API has no anonymous transition: the endpoint answers 401 (REST column)
        const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
        const result = await applyTransition({ req, id: item.id, input: body, actor: { kind: 'user', user } })
        if (!result.ok && result.status !== 403) throw new Error(`${operation}: ${result.status} ${JSON.stringify(result.errors)}`)
        return result.ok
      }
    }
  }

  it('allows and denies each role × unit × operation × API as the rules say', async () => {
    const mismatches: string[] = []
    let cells = 0
    for (const role of ROLES)
      for (const scope of SCOPES)
        for (const operation of OPERATIONS)
          for (const api of apisFor(operation)) {
            cells++
            const expected = allowed(role, scope, operation)
            const actual = await attempt(role, scope, operation, api)
            if (actual !== expected) mismatches.push(`${role}/${scope}/${operation}/${api}: expected ${expected}, got ${actual}`)
          }
    console.info(`[access matrix] ${cells} cells checked`)
    expect(cells).toBe(ROLES.length * SCOPES.length * OPERATIONS.reduce((sum, operation) => sum + apisFor(operation).length, 0))
    expect(mismatches).toEqual([])
  }, 600_000)

  it('a writer may not move an item to a unit they do not belong to', async () => {
    const { user, token } = users.get('writer')!
    const item = await itemFor(own, 'update')
    expect((await rest('PATCH', `/news/${item.id}`, { token, body: { unit: other.id } })).status).toBe(403)
    await expect(payload.update({ collection: 'news', id: item.id, data: { unit: other.id }, user, overrideAccess: false })).rejects.toThrow()
    const unchanged = await payload.findByID({ collection: 'news', id: item.id, draft: true })
    expect(typeof unchanged.unit === 'object' ? unchanged.unit.id : unchanged.unit).toBe(own.id)
  })

  it('shows anonymous readers no drafts, no internal items, no hidden fields, not even through filters or sorts', async () => {
    const published = await payload.create({
      collection: 'news',
      data: { ...newsData(own.id, 'Terbit Publik'), workflowState: 'published', _status: 'published', checklist: FULL_CHECKLIST, approval: { approvedAt: new Date().toISOString() }, reviewAcknowledgements: [{ key: 'k', reason: 'alasan rahasia' }] },
      context: { trusted: true },
    })
    await payload.create({ collection: 'news', data: { ...newsData(own.id, 'Draf Rahasia') }, context: { trusted: true } })
    await payload.create({ collection: 'news', data: { ...newsData(own.id, 'Disetujui Belum Terbit'), workflowState: 'approved' }, context: { trusted: true } })
    const internal = await payload.create({
      collection: 'news',
      data: { ...newsData(own.id, 'Internal Pegawai'), visibility: 'internal', workflowState: 'published', _status: 'published' },
      context: { trusted: true },
    })

    const list = await rest('GET', '/news', { query: 'limit=100' })
    const titles = (list.json.docs as News[]).map((d) => d.title)
    expect(titles).toContain('Terbit Publik')
    expect(titles).not.toContain('Draf Rahasia')
    expect(titles).not.toContain('Disetujui Belum Terbit')
    expect(titles).not.toContain('Internal Pegawai')
    const drafts = await rest('GET', '/news', { query: 'draft=true&limit=100' })
    expect((drafts.json.docs as News[]).map((d) => d.title).sort()).toEqual(titles.sort())

    const doc = (list.json.docs as News[]).find((d) => d.id === published.id)!
    for (const hidden of ['checklist', 'reviewFindings', 'reviewAcknowledgements', 'approval', 'lastContentEditBy', 'lastContentEditAt', 'publishAt', 'channels']) {
      // Payload answers a hidden array field with [] (rows withheld); every other hidden field is absent.
      const value = (doc as unknown as Record<string, unknown>)[hidden]
      expect(value === undefined || (Array.isArray(value) && value.length === 0), `${hidden}: ${JSON.stringify(value)}`).toBe(true)
    }
    expect((await rest('GET', `/news/${internal.id}`)).status).not.toBe(200)

    for (const query of [
      'where[checklist.names][equals]=true',
      'where[approval.approvedAt][exists]=true',
      'where[or][0][reviewFindings][exists]=true',
      'where[lastContentEditBy][exists]=true',
      'sort=approval.approvedAt',
      'sort=-checklist.names',
      'sort=lastContentEditAt',
    ]) {
      const probe = await rest('GET', '/news', { query })
      expect([400, 403], query).toContain(probe.status)
    }
    await expect(
      payload.find({ collection: 'news', where: { 'checklist.names': { equals: true } }, overrideAccess: false }),
    ).rejects.toThrow()
    await expect(payload.find({ collection: 'news', sort: 'approval.approvedAt', overrideAccess: false })).rejects.toThrow()
    expect((await rest('GET', '/news/versions')).status).toBe(403)
    expect((await rest('GET', '/audit-log')).status).toBe(403)

    // Logged-in staff of any unit read internal announcements.
    const outsider = await createUser(payload, ['writer'], [other.id])
    const seen = await payload.find({ collection: 'news', user: outsider, overrideAccess: false, limit: 100 })
    expect(seen.docs.map((d) => d.title)).toContain('Internal Pegawai')
    expect(seen.docs.map((d) => d.title)).not.toContain('Draf Rahasia')
  })

  it('keeps channel credentials to admins', async () => {
    for (const role of ['verifier', 'writer', 'anonymous'] as const) {
      const token = users.get(role)?.token
      expect((await rest('GET', '/globals/channels', { token })).status, role).toBe(403)
      expect((await rest('POST', '/globals/channels', { token, body: { instagram: { accessToken: 'curian' } } })).status, role).toBe(403)
    }
    const admin = users.get('admin')!
    expect((await rest('GET', '/globals/channels', { token: admin.token })).status).toBe(200)
    expect((await rest('POST', '/globals/channels', { token: admin.token, body: { instagram: { igUserId: '123' } } })).status).toBe(200)
  })

  it('lets only admins change roles and units', async () => {
    const { user: writer, token: writerToken } = users.get('writer')!
    const { user: verifier, token: verifierToken } = users.get('verifier')!
    await rest('PATCH', `/users/${writer.id}`, { token: writerToken, body: { roles: ['admin'], units: [own.id, other.id] } })
    const self = await payload.findByID({ collection: 'users', id: writer.id, depth: 0 })
    expect(self.roles).toEqual(['writer'])
    expect(self.units).toEqual([own.id])
    expect((await rest('PATCH', `/users/${writer.id}`, { token: verifierToken, body: { roles: ['verifier'] } })).status).toBe(403)
    const admin = users.get('admin')!
    const changed = await rest('PATCH', `/users/${verifier.id}`, { token: admin.token, body: { units: [own.id, other.id] } })
    expect(changed.status).toBe(200)
    expect(changed.json.doc.units.map((u: { id: number } | number) => (typeof u === 'object' ? u.id : u))).toEqual([own.id, other.id])
  })
})
