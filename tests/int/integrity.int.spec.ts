import type { Payload } from 'payload'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media, News, Unit, User } from '@/payload-types'

import type { GraphqlCall } from '../helpers/graphql'
import type { RestCall } from '../helpers/rest'
import type { TestPayload } from '../helpers/startPayload'

import { createUnit, createUser, newsData } from '../helpers/fixtures'
import { graphqlClient } from '../helpers/graphql'
import { restClient, tokenFor } from '../helpers/rest'
import { startPayload } from '../helpers/startPayload'
import { describeWithDatabase } from '../helpers/testDatabase'
import { createDraft, FULL_CHECKLIST, transition } from '../helpers/workflow'

/**
 * One regression test per finding of issue 9 that this part covers (1–7, 10, 14, 16): each was
 * written against main's behaviour first and failed there.
 */
const messages = (json: { errors?: { message: string }[] }): string => (json?.errors ?? []).map((e) => e.message).join(' | ')

describeWithDatabase('approval-chain integrity (issue 9)', () => {
  let t: TestPayload
  let payload: Payload
  let rest: RestCall
  let graphql: GraphqlCall
  let unitA: Unit
  let unitB: Unit
  let admin: User
  let writerA: User
  let writerB: User
  let verifier: User
  let verifier2: User
  const tokens = new Map<User['id'], string>()
  const token = (user: User) => tokens.get(user.id)

  const staffView = (id: News['id']) => payload.findByID({ collection: 'news', id, draft: true, depth: 0, overrideAccess: true })
  const auditOf = async (id: News['id']) =>
    (await payload.find({ collection: 'audit-log', where: { news: { equals: id } }, depth: 0, limit: 100, sort: 'createdAt' })).docs
  const act = (user: User, id: News['id'], body: Record<string, unknown>) => rest('POST', `/news/${id}/transition`, { token: token(user), body })

  const inReview = async (title?: string) => {
    const item = await createDraft(payload, writerA, unitA.id, title)
    return transition(payload, writerA, item.id, { action: 'submit' })
  }
  const approved = async (title?: string) => transition(payload, verifier, (await inReview(title)).id, { action: 'approve' })
  const published = async (title?: string) => transition(payload, verifier, (await approved(title)).id, { action: 'publish' })

  const photo = () => sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 90, g: 30, b: 30 } } }).jpeg().toBuffer()
  const upload = async (unit: Unit, alt = 'Foto uji'): Promise<Media> => {
    const data = await photo()
    return payload.create({
      collection: 'media',
      data: { alt, unit: unit.id },
      file: { data, name: `foto-${Date.now()}.jpg`, mimetype: 'image/jpeg', size: data.length },
    })
  }

  beforeAll(async () => {
    t = await startPayload('integrity')
    payload = t.payload
    rest = await restClient()
    graphql = await graphqlClient()
    admin = await createUser(payload, ['admin'])
    unitA = await createUnit(payload)
    unitB = await createUnit(payload)
    writerA = await createUser(payload, ['writer'], [unitA.id])
    writerB = await createUser(payload, ['writer'], [unitB.id])
    verifier = await createUser(payload, ['verifier'])
    verifier2 = await createUser(payload, ['verifier'])
    for (const user of [admin, writerA, writerB, verifier, verifier2]) tokens.set(user.id, await tokenFor(payload, user))
  })
  afterAll(async () => {
    await t?.stop()
  })

  describe('finding 1: a refused transition changes nothing', () => {
    it('refuses an over-long comment before writing: 400, state and audit unchanged', async () => {
      const item = await inReview()
      const before = await auditOf(item.id)
      const answer = await act(verifier, item.id, { action: 'request_changes', comment: 'x'.repeat(40_001) })
      expect(answer.status).toBe(400)
      expect(messages(answer.json)).toMatch(/Komentar terlalu panjang/)
      expect((await staffView(item.id)).workflowState).toBe('in_review')
      expect(await auditOf(item.id)).toHaveLength(before.length)

      const approve = await act(verifier, item.id, { action: 'approve', comment: 'y'.repeat(5_001) })
      expect(approve.status).toBe(400)
      expect((await staffView(item.id)).workflowState).toBe('in_review')
    })

    it('refuses a long correction note on publish and a non-text field type', async () => {
      const item = await published()
      await rest('PATCH', `/news/${item.id}`, { token: token(writerA), body: { lead: 'Lead dikoreksi setelah terbit.' } })
      await transition(payload, writerA, item.id, { action: 'submit' })
      await rest('PATCH', `/news/${item.id}`, { token: token(verifier2), body: { checklist: FULL_CHECKLIST } })
      await transition(payload, verifier2, item.id, { action: 'approve' })
      const jobsBefore = await payload.count({ collection: 'payload-jobs' })
      const long = await act(verifier, item.id, { action: 'publish', note: 'n'.repeat(40_001) })
      expect(long.status).toBe(400)
      const typed = await act(verifier, item.id, { action: 'publish', note: { text: 'bukan teks' } })
      expect(typed.status).toBe(400)
      expect(messages(typed.json)).toMatch(/teks/)
      expect((await staffView(item.id)).workflowState).toBe('approved')
      expect((await payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(jobsBefore.totalDocs)
      const ok = await act(verifier, item.id, { action: 'publish', note: 'Lead diperbaiki.' })
      expect(ok.status, JSON.stringify(ok.json)).toBe(200)
      expect((await auditOf(item.id)).at(-1)?.action).toBe('publish')
    })
  })

  describe('finding 2: versions are scoped like the documents', () => {
    // GraphQL names: `versionNews(id)`, `versionsallNews` (Payload's plural of "news" is "allNews").
    it('does not show another unit’s drafts to a writer through list, by id, where[parent] or GraphQL', async () => {
      const secret = await createDraft(payload, writerA, unitA.id, 'Draf rahasia unit A')
      const versions = await payload.findVersions({ collection: 'news', where: { parent: { equals: secret.id } }, depth: 0 })
      const versionId = versions.docs[0]!.id

      const list = await rest('GET', '/news/versions', { token: token(writerB), query: 'limit=100' })
      expect(list.status).toBe(200)
      expect(JSON.stringify(list.json)).not.toContain('Draf rahasia unit A')
      const byParent = await rest('GET', '/news/versions', { token: token(writerB), query: `where[parent][equals]=${secret.id}` })
      expect(byParent.json.docs ?? []).toHaveLength(0)
      const byId = await rest('GET', `/news/versions/${versionId}`, { token: token(writerB) })
      expect([403, 404]).toContain(byId.status)
      expect(JSON.stringify(byId.json)).not.toContain('Draf rahasia unit A')

      const gql = await graphql(`{ versionsallNews(limit: 100) { docs { id version { title } } } }`, token(writerB))
      expect(gql.errors ?? []).toEqual([])
      expect(JSON.stringify(gql.data)).not.toContain('Draf rahasia unit A')
      const gqlById = await graphql(`{ versionNews(id: ${versionId}) { id version { title } } }`, token(writerB))
      expect(JSON.stringify(gqlById.data ?? {})).not.toContain('Draf rahasia unit A')

      // The item's own unit still reads its history; anonymous readers read none.
      const own = await rest('GET', '/news/versions', { token: token(writerA), query: `where[parent][equals]=${secret.id}` })
      expect(own.json.docs.length).toBeGreaterThan(0)
      expect((await rest('GET', '/news/versions')).status).toBe(403)
      expect((await rest('GET', `/news/versions/${versionId}`)).status).toBe(403)
    })

    it('refuses to restore a version outside the workflow (REST and GraphQL)', async () => {
      const item = await published('Versi lama')
      await rest('PATCH', `/news/${item.id}`, { token: token(writerA), body: { title: 'Versi baru' } })
      const old = (await payload.findVersions({ collection: 'news', where: { parent: { equals: item.id } }, sort: 'createdAt', depth: 0 })).docs[0]!
      const restore = await rest('POST', `/news/versions/${old.id}`, { token: token(admin) })
      expect(restore.status).toBe(403)
      expect(messages(restore.json)).toMatch(/alur kerja/)
      const gql = await graphql(`mutation { restoreVersionNews(id: ${old.id}) { id } }`, token(admin))
      expect(gql.errors?.[0]?.message).toMatch(/alur kerja/)
      expect((await staffView(item.id)).title).toBe('Versi baru')
      expect((await staffView(item.id)).workflowState).toBe('draft')
    })
  })

  describe('finding 3: approval binds every channel override', () => {
    for (const [name, patch] of [
      ['Instagram caption', { channels: { instagram: { caption: 'Keterangan yang belum ditinjau' } } }],
      ['YouTube tags', { channels: { youtube: { tags: ['belum', 'ditinjau'] } } }],
      ['YouTube publishAt', { channels: { youtube: { publishAt: '2030-01-01T00:00:00.000Z' } } }],
    ] as const) {
      it(`${name} edited after approval sends the item back to review`, async () => {
        const item = await approved()
        const answer = await rest('PATCH', `/news/${item.id}`, { token: token(writerA), body: patch })
        expect(answer.status, JSON.stringify(answer.json)).toBe(200)
        const after = await staffView(item.id)
        expect(after.workflowState).toBe('draft')
        expect(after.approval?.approvedBy ?? null).toBeNull()
        const publish = await act(verifier, item.id, { action: 'publish' })
        expect(publish.status).toBe(409)
      })
    }

    it('choosing channels is review work, not a content edit', async () => {
      const item = await approved()
      const answer = await rest('PATCH', `/news/${item.id}`, { token: token(verifier2), body: { channels: { instagram: { enabled: true } } } })
      expect(answer.status).toBe(200)
      expect((await staffView(item.id)).workflowState).toBe('approved')
    })
  })

  describe('finding 4: media belong to a unit and live media are frozen', () => {
    it('refuses a writer changing another unit’s media', async () => {
      const media = await upload(unitA)
      const answer = await rest('PATCH', `/media/${media.id}`, { token: token(writerB), body: { alt: 'Diubah unit lain' } })
      expect(answer.status).toBe(403)
      expect((await payload.findByID({ collection: 'media', id: media.id })).alt).toBe('Foto uji')
    })

    it('freezes what readers see of a live item’s media for everyone; a verifier may only move it, audited', async () => {
      const media = await upload(unitA)
      const item = await createDraft(payload, writerA, unitA.id)
      await payload.update({ collection: 'news', id: item.id, data: { coverImage: media.id }, user: writerA, overrideAccess: false })
      await transition(payload, writerA, item.id, { action: 'submit' })
      await transition(payload, verifier, item.id, { action: 'approve' })
      await transition(payload, verifier, item.id, { action: 'publish' })

      const refused = await rest('PATCH', `/media/${media.id}`, { token: token(writerA), body: { alt: 'Alt tanpa tinjauan' } })
      expect(refused.status).toBe(403)
      expect(messages(refused.json)).toMatch(/dipakai berita/)
      const data = await photo()
      await expect(
        payload.update({ collection: 'media', id: media.id, data: {}, file: { data, name: 'ganti.jpg', mimetype: 'image/jpeg', size: data.length }, user: writerA, overrideAccess: false }),
      ).rejects.toThrow()

      // Media keep no versions: a verifier's or admin's edit would be public at once, unreviewed.
      for (const [user, body] of [
        [verifier, { alt: 'Alt diperbaiki verifikator' }],
        [admin, { caption: 'Keterangan baru' }],
        [verifier, { focalX: 10, focalY: 90 }],
      ] as const) {
        const answer = await rest('PATCH', `/media/${media.id}`, { token: token(user), body })
        expect(answer.status, JSON.stringify(body)).toBe(409)
        expect(messages(answer.json)).toMatch(/peninjauan ulang/)
      }
      const stored = await payload.findByID({ collection: 'media', id: media.id })
      expect([stored.alt, stored.caption ?? null]).toEqual(['Foto uji', null])

      // The admin form sends every field back: unchanged values pass; moving to another OPD is allowed.
      const moved = await rest('PATCH', `/media/${media.id}`, { token: token(verifier), body: { alt: stored.alt, focalX: stored.focalX, unit: unitB.id } })
      expect(moved.status, JSON.stringify(moved.json)).toBe(200)
      const audit = await payload.find({ collection: 'audit-log', where: { action: { equals: 'media_changed' } }, depth: 0 })
      expect(audit.docs.some((entry) => (entry.details as { media?: number }).media === media.id)).toBe(true)
    })

    it('gives writers’ new media their unit and keeps the old file URL from failing', async () => {
      const created = await payload.create({
        collection: 'media',
        data: { alt: 'Unggahan penulis' },
        file: { data: await photo(), name: 'unggahan.jpg', mimetype: 'image/jpeg', size: 1 },
        user: writerB,
        overrideAccess: false,
      })
      expect(typeof created.unit === 'object' ? created.unit?.id : created.unit).toBe(unitB.id)
      // Unused media of their own unit stay the writer's to fix; the replaced file's URL answers 404, not 500.
      const data = await photo()
      const replaced = await payload.update({
        collection: 'media',
        id: created.id,
        data: {},
        file: { data, name: 'pengganti.jpg', mimetype: 'image/jpeg', size: data.length },
        user: writerB,
        overrideAccess: false,
      })
      expect(replaced.filename).not.toBe(created.filename)
      const oldUrl = await rest('GET', `/media/file/${created.filename}`)
      expect(oldUrl.status, JSON.stringify(oldUrl.json)).toBe(404)
    })
  })

  describe('finding 5: duplicate is disabled', () => {
    it('creates nothing when another unit’s writer duplicates an item or a media', async () => {
      const item = await approved()
      const before = (await payload.count({ collection: 'news' })).totalDocs
      const answer = await rest('POST', `/news/${item.id}/duplicate`, { token: token(writerB), body: {} })
      expect([403, 404, 405]).toContain(answer.status)
      const own = await rest('POST', `/news/${item.id}/duplicate`, { token: token(admin), body: {} })
      expect([403, 404, 405]).toContain(own.status)
      expect((await payload.count({ collection: 'news' })).totalDocs).toBe(before)
      const media = await upload(unitA)
      const mediaAnswer = await rest('POST', `/media/${media.id}/duplicate`, { token: token(writerA), body: {} })
      expect([403, 404, 405]).toContain(mediaAnswer.status)
    })
  })

  describe('finding 6: four eyes compare values, not row ids', () => {
    it('a verifier editing a sources row (same id) becomes the last editor and cannot approve', async () => {
      const item = await createDraft(payload, writerA, unitA.id)
      const withSources = await payload.update({
        collection: 'news',
        id: item.id,
        data: { sources: [{ name: 'Dinas Kesehatan', description: 'Kepala dinas' }] },
        user: writerA,
        overrideAccess: false,
      })
      await transition(payload, writerA, item.id, { action: 'submit' })
      const row = withSources.sources![0]!
      const edit = await rest('PATCH', `/news/${item.id}`, {
        token: token(verifier),
        body: { sources: [{ id: row.id, name: 'Dinas Kesehatan Kota', description: 'Kepala dinas' }] },
      })
      expect(edit.status).toBe(200)
      const after = await staffView(item.id)
      expect(after.lastContentEditBy).toBe(verifier.id)
      const approve = await act(verifier, item.id, { action: 'approve' })
      expect(approve.status).toBe(422)
      expect(messages(approve.json)).toMatch(/empat mata/)
    })

    it('an identical re-save (rows with new ids, same values) is not an edit', async () => {
      const item = await inReview()
      await payload.update({ collection: 'news', id: item.id, data: { sources: [{ name: 'BPS' }] }, context: { trusted: true } })
      await rest('PATCH', `/news/${item.id}`, { token: token(verifier), body: { sources: [{ name: 'BPS' }] } })
      expect((await staffView(item.id)).lastContentEditBy).toBe(writerA.id)
    })

    it('a rich-text edit by the verifier also counts', async () => {
      const item = await inReview()
      const body = structuredClone((await staffView(item.id)).body)
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      ;(body.root.children[0] as any).children[0].text = 'Paragraf pertama yang diubah verifikator.'
      await rest('PATCH', `/news/${item.id}`, { token: token(verifier), body: { body } })
      expect((await staffView(item.id)).lastContentEditBy).toBe(verifier.id)
    })
  })

  describe('finding 7: checklist and acknowledgements are the verifier’s', () => {
    it('refuses a writer ticking the checklist (REST and GraphQL) with an Indonesian 403', async () => {
      const item = await payload.create({ collection: 'news', data: newsData(unitA.id), user: writerA, overrideAccess: false })
      const answer = await rest('PATCH', `/news/${item.id}`, { token: token(writerA), body: { checklist: FULL_CHECKLIST } })
      expect(answer.status).toBe(403)
      expect(messages(answer.json)).toMatch(/verifikator/)
      const gql = await graphql(`mutation { updateNews(id: ${item.id}, data: { checklist: { names: true } }) { id } }`, token(writerA))
      expect(gql.errors?.[0]?.message).toMatch(/verifikator/)
      const created = await rest('POST', '/news', { token: token(writerA), body: { ...newsData(unitA.id), checklist: FULL_CHECKLIST } })
      expect(created.status).toBe(403)
      expect(Object.values((await staffView(item.id)).checklist ?? {}).some(Boolean)).toBe(false)
      const ack = await rest('PATCH', `/news/${item.id}`, { token: token(writerA), body: { reviewAcknowledgements: [{ key: 'k', reason: 'sudah benar' }] } })
      expect(ack.status).toBe(403)
      // An unchanged checklist sent back by the admin form is fine.
      const resend = await rest('PATCH', `/news/${item.id}`, { token: token(writerA), body: { lead: 'Lead baru dari penulis.', checklist: (await staffView(item.id)).checklist } })
      expect(resend.status, JSON.stringify(resend.json)).toBe(200)
      const verifierTicks = await rest('PATCH', `/news/${item.id}`, { token: token(verifier), body: { checklist: FULL_CHECKLIST } })
      expect(verifierTicks.status).toBe(200)
    })
  })

  describe('finding 10: lockouts are audited', () => {
    it('writes login_locked on the attempt that locks, and login_unlocked when an admin unlocks', async () => {
      const user = await createUser(payload, ['writer'])
      for (let attempt = 0; attempt < 5; attempt++) {
        await rest('POST', '/users/login', { body: { email: user.email, password: 'salah-sandi' } })
      }
      const locked = await payload.find({ collection: 'audit-log', where: { and: [{ action: { equals: 'login_locked' } }, { actor: { equals: user.id } }] }, depth: 0 })
      expect(locked.docs).toHaveLength(1)

      const byWriter = await rest('POST', '/users/unlock', { token: token(writerB), body: { email: user.email } })
      expect(byWriter.status).toBe(403)
      const byAdmin = await rest('POST', '/users/unlock', { token: token(admin), body: { email: user.email } })
      expect(byAdmin.status).toBe(200)
      const unlocked = await payload.find({ collection: 'audit-log', where: { action: { equals: 'login_unlocked' } }, depth: 0 })
      expect(unlocked.docs.map((entry) => [entry.actor, entry.comment])).toEqual([[admin.id, expect.stringContaining(user.email)]])
      expect((await rest('POST', '/users/login', { body: { email: user.email, password: 'rahasia-uji-123' } })).status).toBe(200)
    })
  })

  describe('finding 14: deleting a live item is refused, not half done', () => {
    it('answers 409 to an admin deleting an item that was ever published; versions stay', async () => {
      const item = await published()
      const versionsBefore = (await payload.countVersions({ collection: 'news', where: { parent: { equals: item.id } } })).totalDocs
      const answer = await rest('DELETE', `/news/${item.id}`, { token: token(admin) })
      expect(answer.status).toBe(409)
      expect(messages(answer.json)).toMatch(/Cabut/)
      expect((await payload.countVersions({ collection: 'news', where: { parent: { equals: item.id } } })).totalDocs).toBe(versionsBefore)
      expect((await payload.findByID({ collection: 'news', id: item.id })).workflowState).toBe('published')
      const bulk = await rest('DELETE', '/news', { token: token(admin), query: `where[id][equals]=${item.id}` })
      expect(bulk.status).not.toBe(200)
      expect((await payload.findByID({ collection: 'news', id: item.id })).workflowState).toBe('published')
    })

    it('still lets a writer discard a never-published draft, with an audit entry', async () => {
      const item = await inReview()
      const answer = await rest('DELETE', `/news/${item.id}`, { token: token(writerA) })
      expect(answer.status).toBe(200)
      const audit = await payload.find({ collection: 'audit-log', where: { action: { equals: 'news_deleted' } }, depth: 0 })
      expect(audit.docs.some((entry) => (entry.details as { news?: number }).news === item.id)).toBe(true)
    })
  })

  describe('finding 16: users are names only for writers', () => {
    it('hides e-mail, roles and units of other users from a writer (list, by id, filter)', async () => {
      const list = await rest('GET', '/users', { token: token(writerA), query: 'limit=100' })
      expect(list.status).toBe(200)
      const others = (list.json.docs as Record<string, unknown>[]).filter((doc) => doc.id !== writerA.id)
      expect(others.length).toBeGreaterThan(0)
      for (const doc of others) {
        expect(Object.keys(doc).filter((key) => !['id', 'name', 'createdAt', 'updatedAt', 'collection'].includes(key)), JSON.stringify(doc)).toEqual([])
      }
      const byId = await rest('GET', `/users/${admin.id}`, { token: token(writerA) })
      expect(byId.json.email).toBeUndefined()
      const probe = await rest('GET', '/users', { token: token(writerA), query: `where[email][equals]=${encodeURIComponent(admin.email)}` })
      expect(probe.json.docs?.length ?? 0).toBe(0)
      const self = await rest('GET', '/users/me', { token: token(writerA) })
      expect(self.json.user.email).toBe(writerA.email)
      expect(self.json.user.roles).toEqual(['writer'])
      const asAdmin = await rest('GET', `/users/${writerA.id}`, { token: token(admin) })
      expect(asAdmin.json.email).toBe(writerA.email)
      expect(JSON.stringify(others)).not.toMatch(/sessions/)
    })
  })
})
