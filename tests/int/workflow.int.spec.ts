import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { News, Unit, User } from '@/payload-types'

import { findingKey } from '@/review/findingKey'
import { plainTextToLexical } from '@/utilities/plainTextToLexical'

import type { RestCall } from '../helpers/rest'
import type { TestPayload } from '../helpers/startPayload'

import { createUnit, createUser } from '../helpers/fixtures'
import { restClient, tokenFor } from '../helpers/rest'
import { startPayload } from '../helpers/startPayload'
import { describeWithDatabase } from '../helpers/testDatabase'
import { createDraft, FULL_CHECKLIST } from '../helpers/workflow'

const messages = (json: { errors?: { message: string }[] }): string[] => (json.errors ?? []).map((e) => e.message)

describeWithDatabase('editorial workflow', () => {
  let t: TestPayload
  let payload: Payload
  let rest: RestCall
  let unit: Unit
  let writer: User
  let verifier: User
  let verifier2: User
  const tokens = new Map<User['id'], string>()

  const act = async (user: User, id: News['id'], body: Record<string, unknown>) =>
    rest('POST', `/news/${id}/transition`, { token: tokens.get(user.id), body })
  const ok = async (user: User, id: News['id'], body: Record<string, unknown>): Promise<News> => {
    const answer = await act(user, id, body)
    expect(answer.status, JSON.stringify(answer.json)).toBe(200)
    return answer.json.doc as News
  }
  const staffView = (id: News['id']) => payload.findByID({ collection: 'news', id, draft: true, depth: 0, overrideAccess: true })
  const anonymousFind = (id: News['id']) =>
    payload.find({ collection: 'news', where: { id: { equals: id } }, overrideAccess: false }).then((r) => r.docs[0])
  const approvedItem = async (title?: string): Promise<News> => {
    const item = await createDraft(payload, writer, unit.id, title)
    await ok(writer, item.id, { action: 'submit' })
    return ok(verifier, item.id, { action: 'approve' })
  }

  beforeAll(async () => {
    t = await startPayload('workflow')
    payload = t.payload
    rest = await restClient()
    await createUser(payload, ['admin'])
    unit = await createUnit(payload)
    writer = await createUser(payload, ['writer'], [unit.id])
    verifier = await createUser(payload, ['verifier'])
    verifier2 = await createUser(payload, ['verifier'])
    for (const user of [writer, verifier, verifier2]) tokens.set(user.id, await tokenFor(payload, user))
  })
  afterAll(async () => {
    await t?.stop()
  })

  describe('transitions', () => {
    it('submit: writer sends a draft to review; findings are stored; audit entry written', async () => {
      const item = await createDraft(payload, writer, unit.id)
      const doc = await ok(writer, item.id, { action: 'submit' })
      expect(doc.workflowState).toBe('in_review')
      expect(Array.isArray(doc.reviewFindings)).toBe(true)
      const audit = await payload.find({ collection: 'audit-log', where: { news: { equals: item.id } }, depth: 0 })
      expect(audit.docs.map((d) => [d.action, d.fromState, d.toState, d.actor])).toEqual([['submit', 'draft', 'in_review', writer.id]])
    })

    it('request_changes: needs a comment (422), then returns the item to draft with the comment audited', async () => {
      const item = await createDraft(payload, writer, unit.id)
      await ok(writer, item.id, { action: 'submit' })
      const missing = await act(verifier, item.id, { action: 'request_changes' })
      expect(missing.status).toBe(422)
      expect(messages(missing.json)).toEqual([expect.stringMatching(/komentar/i)])
      const doc = await ok(verifier, item.id, { action: 'request_changes', comment: 'Lengkapi nama narasumber.' })
      expect(doc.workflowState).toBe('draft')
      const audit = await payload.find({ collection: 'audit-log', where: { and: [{ news: { equals: item.id } }, { action: { equals: 'request_changes' } }] } })
      expect(audit.docs[0]?.comment).toBe('Lengkapi nama narasumber.')
    })

    it('approve: binds the approval to the latest version id', async () => {
      const item = await createDraft(payload, writer, unit.id)
      await ok(writer, item.id, { action: 'submit' })
      const versionsBefore = await payload.findVersions({ collection: 'news', where: { parent: { equals: item.id } }, sort: '-updatedAt', limit: 1 })
      const doc = await ok(verifier, item.id, { action: 'approve' })
      expect(doc.workflowState).toBe('approved')
      expect(doc.approval?.versionId).toBe(String(versionsBefore.docs[0]?.id))
      expect(typeof doc.approval?.approvedBy === 'object' ? doc.approval?.approvedBy?.id : doc.approval?.approvedBy).toBe(verifier.id)
      expect(doc.approval?.approvedAt).toBeTruthy()
    })

    it('answers 409 for an action not valid from the current state, 400 for an unknown action', async () => {
      const item = await createDraft(payload, writer, unit.id)
      expect((await act(verifier, item.id, { action: 'approve' })).status).toBe(409)
      expect((await act(verifier, item.id, { action: 'publish' })).status).toBe(409)
      expect((await act(verifier, item.id, { action: 'retract', reason: 'x' })).status).toBe(409)
      expect((await act(verifier, item.id, { action: 'unschedule' })).status).toBe(409)
      const unknown = await act(verifier, item.id, { action: 'terbitkan' })
      expect(unknown.status).toBe(400)
      expect((await rest('POST', `/news/${item.id}/transition`, { body: { action: 'submit' } })).status).toBe(401)
    })

    it('publish: approved item goes live; the portal shows it', async () => {
      const item = await approvedItem('Berita Untuk Terbit')
      const doc = await ok(verifier, item.id, { action: 'publish' })
      expect(doc.workflowState).toBe('published')
      expect(doc._status).toBe('published')
      expect(doc.publishedAt).toBeTruthy()
      expect(doc.firstPublishedAt).toBeTruthy()
      expect(doc.corrections ?? []).toEqual([])
      expect((await anonymousFind(item.id))?.title).toBe('Berita Untuk Terbit')
    })
  })

  describe('approval gate', () => {
    it('lists every unmet condition at once, in Indonesian', async () => {
      const item = await payload.create({
        collection: 'news',
        data: {
          title: 'Rapat koordinasi',
          lead: 'Rapat digelar Selasa (30/5/2022) di Balai Kota.',
          body: plainTextToLexical('Paragraf pertama.'),
          unit: unit.id,
          authors: [verifier.id],
        },
        user: verifier,
        overrideAccess: false,
      })
      await ok(verifier, item.id, { action: 'submit' })
      const answer = await act(verifier, item.id, { action: 'approve' })
      expect(answer.status).toBe(422)
      const reasons = messages(answer.json)
      expect(reasons).toHaveLength(4)
      expect(reasons[0]).toMatch(/penulis berita ini/)
      expect(reasons[1]).toMatch(/terakhir mengubah isi/)
      expect(reasons[2]).toMatch(/Daftar periksa akurasi belum lengkap: Nama orang dan lembaga sudah benar; Jabatan/)
      expect(reasons[3]).toMatch(/1 temuan tingkat galat.*Selasa \(30\/5\/2022\)/)
    })

    it('four eyes: the last content editor may not approve, another verifier may', async () => {
      const item = await createDraft(payload, writer, unit.id)
      await ok(writer, item.id, { action: 'submit' })
      await payload.update({ collection: 'news', id: item.id, data: { lead: 'Lead diperbaiki verifikator.' }, user: verifier, overrideAccess: false })
      const refused = await act(verifier, item.id, { action: 'approve' })
      expect(refused.status).toBe(422)
      expect(messages(refused.json)).toEqual([expect.stringMatching(/terakhir mengubah isi/)])
      await ok(verifier2, item.id, { action: 'approve' })
    })

    it('ticking the checklist and acknowledging findings is review, not a content edit', async () => {
      const item = await payload.create({
        collection: 'news',
        data: { title: 'Rapat anggaran', lead: 'Rapat digelar Selasa (30/5/2022) di Balai Kota.', body: plainTextToLexical('Isi.'), unit: unit.id },
        user: writer,
        overrideAccess: false,
      })
      await ok(writer, item.id, { action: 'submit' })
      await payload.update({ collection: 'news', id: item.id, data: { checklist: FULL_CHECKLIST }, user: verifier, overrideAccess: false })
      const blocked = await act(verifier, item.id, { action: 'approve' })
      expect(messages(blocked.json)).toEqual([expect.stringMatching(/temuan tingkat galat/)])
      const key = findingKey({ rule: 'weekday-date', field: 'lead', excerpt: 'Selasa (30/5/2022)' })
      await payload.update({
        collection: 'news',
        id: item.id,
        data: { reviewAcknowledgements: [{ key, reason: 'Tanggal dikonfirmasi panitia: acara memang Senin.' }] },
        user: verifier,
        overrideAccess: false,
      })
      const doc = await ok(verifier, item.id, { action: 'approve' })
      expect(doc.workflowState).toBe('approved')
      expect((doc.reviewFindings as { rule: string }[]).some((f) => f.rule === 'weekday-date')).toBe(true)
    })
  })

  describe('approval bound to a version', () => {
    it('a content edit after approval returns the item to draft and drops the approval', async () => {
      const item = await approvedItem()
      await payload.update({ collection: 'news', id: item.id, data: { title: 'Judul diubah setelah disetujui' }, user: writer, overrideAccess: false })
      const after = await staffView(item.id)
      expect(after.workflowState).toBe('draft')
      expect(after.approval?.versionId ?? null).toBeNull()
      expect(after.checklist?.names).toBe(false)
      expect((await act(verifier, item.id, { action: 'publish' })).status).toBe(409)
      const audit = await payload.find({ collection: 'audit-log', where: { and: [{ news: { equals: item.id } }, { action: { equals: 'content_edit' } }] } })
      expect(audit.docs[0]?.fromState).toBe('approved')
    })

    it('an edit to a live item stays a draft: the portal keeps the live version; publishing a new version needs a correction note', async () => {
      const item = await approvedItem('Judul Lama')
      await ok(verifier, item.id, { action: 'publish' })

      // Through REST, as the admin panel does (no ?draft=true, even asking to publish).
      const edit = await rest('PATCH', `/news/${item.id}`, { token: tokens.get(writer.id), body: { title: 'Judul Baru', _status: 'published' } })
      expect(edit.status).toBe(200)
      expect((await anonymousFind(item.id))?.title).toBe('Judul Lama')
      const anonymousRest = await rest('GET', `/news/${item.id}`)
      expect(anonymousRest.json.title).toBe('Judul Lama')
      const anonymousDraft = await rest('GET', `/news/${item.id}`, { query: 'draft=true' })
      expect(anonymousDraft.json.title).not.toBe('Judul Baru')
      const staff = await payload.findByID({ collection: 'news', id: item.id, draft: true, user: writer, overrideAccess: false })
      expect(staff.title).toBe('Judul Baru')
      expect(staff.workflowState).toBe('draft')

      await ok(writer, item.id, { action: 'submit' })
      await payload.update({ collection: 'news', id: item.id, data: { checklist: FULL_CHECKLIST }, user: verifier2, overrideAccess: false, draft: true })
      await ok(verifier2, item.id, { action: 'approve' })
      expect((await anonymousFind(item.id))?.title).toBe('Judul Lama')

      const noNote = await act(verifier2, item.id, { action: 'publish' })
      expect(noNote.status).toBe(422)
      expect(messages(noNote.json)).toEqual([expect.stringMatching(/catatan koreksi/)])
      const doc = await ok(verifier2, item.id, { action: 'publish', note: 'Judul diperbaiki sesuai nama kegiatan resmi.' })
      expect(doc.corrections).toHaveLength(1)

      const live = await anonymousFind(item.id)
      expect(live?.title).toBe('Judul Baru')
      expect(live?.corrections?.[0]?.note).toBe('Judul diperbaiki sesuai nama kegiatan resmi.')
      expect(live?.corrections?.[0]?.correctedAt).toBeTruthy()
      expect(live?.corrections?.[0]?.versionId).toBeUndefined()
      expect(live?.checklist).toBeUndefined()
    })
  })

  describe('scheduling', () => {
    it('refuses a past publishAt, can unschedule, and publish a scheduled item early', async () => {
      const item = await approvedItem()
      const past = await act(verifier, item.id, { action: 'schedule', publishAt: new Date(Date.now() - 60_000).toISOString() })
      expect(past.status).toBe(422)
      expect(messages(past.json)).toEqual([expect.stringMatching(/masa depan/)])
      const missing = await act(verifier, item.id, { action: 'schedule' })
      expect(messages(missing.json)).toEqual([expect.stringMatching(/ISO-8601/)])
      const future = new Date(Date.now() + 3_600_000).toISOString()
      expect((await ok(verifier, item.id, { action: 'schedule', publishAt: future })).workflowState).toBe('scheduled')
      expect((await ok(verifier, item.id, { action: 'unschedule' })).workflowState).toBe('approved')
      await ok(verifier, item.id, { action: 'schedule', publishAt: future })
      expect((await ok(verifier, item.id, { action: 'publish' })).workflowState).toBe('published')
      // The job queued for the original time finds the item already published and does nothing.
      const jobs = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'publishScheduled' } }, overrideAccess: true })
      expect(jobs.docs.filter((job) => (job.input as { newsId?: string })?.newsId === String(item.id))).toHaveLength(2)
    })

    it('a queued job publishes the item when publishAt arrives', async () => {
      const item = await approvedItem('Berita Terjadwal')
      const publishAt = new Date(Date.now() + 1_500).toISOString()
      await ok(verifier, item.id, { action: 'schedule', publishAt })
      await payload.jobs.run({ where: { taskSlug: { equals: 'publishScheduled' } } })
      expect((await staffView(item.id)).workflowState).toBe('scheduled')
      await new Promise((resolve) => setTimeout(resolve, 1_700))
      await payload.jobs.run({ where: { taskSlug: { equals: 'publishScheduled' } } })
      const doc = await staffView(item.id)
      expect(doc.workflowState).toBe('published')
      expect((await anonymousFind(item.id))?.title).toBe('Berita Terjadwal')
      const audit = await payload.find({ collection: 'audit-log', where: { and: [{ news: { equals: item.id } }, { action: { equals: 'publish' } }] } })
      expect(audit.docs[0]?.fromState).toBe('scheduled')
    })
  })

  describe('retraction', () => {
    it('needs a public reason, takes the content off the portal and leaves a notice', async () => {
      const item = await approvedItem('Berita Yang Dicabut')
      await ok(verifier, item.id, { action: 'publish' })
      const missing = await act(verifier, item.id, { action: 'retract' })
      expect(missing.status).toBe(422)
      expect(messages(missing.json)).toEqual([expect.stringMatching(/alasan pencabutan/)])
      const doc = await ok(verifier, item.id, { action: 'retract', reason: 'Acara dibatalkan penyelenggara.' })
      expect(doc.workflowState).toBe('retracted')
      const notice = await rest('GET', `/news/${item.id}`)
      expect(notice.status).toBe(200)
      expect(notice.json.title).toBe('Berita Yang Dicabut')
      expect(notice.json.retraction.reason).toBe('Acara dibatalkan penyelenggara.')
      expect(notice.json.retraction.retractedAt).toBeTruthy()
      expect(notice.json.retraction.retractedBy).toBeUndefined()
      expect(notice.json.body).toBeUndefined()
      expect(notice.json.lead).toBeUndefined()
      expect((await act(verifier, item.id, { action: 'publish', note: 'x' })).status).toBe(409)
    })
  })

  describe('workflowState is written only by the endpoint', () => {
    it('rejects a direct write through REST, GraphQL and the Local API without override', async () => {
      const item = await createDraft(payload, writer, unit.id)
      const token = tokens.get(verifier.id)
      const patch = await rest('PATCH', `/news/${item.id}`, { token, body: { workflowState: 'published' } })
      expect(patch.status).toBe(403)
      const created = await rest('POST', '/news', { token, body: { title: 'x', lead: 'y', body: plainTextToLexical('z'), unit: unit.id, workflowState: 'approved' } })
      expect(created.status).toBe(403)
      await expect(
        payload.update({ collection: 'news', id: item.id, data: { workflowState: 'approved' }, user: verifier, overrideAccess: false }),
      ).rejects.toThrow(/transition/)

      const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
      const { default: config } = await import('@payload-config')
      const response = await GRAPHQL_POST(config)(
        new Request('http://localhost/api/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
          body: JSON.stringify({ query: `mutation { updateNews(id: ${item.id}, data: { workflowState: published }) { workflowState } }` }),
        }),
      )
      const graphql = (await response.json()) as { errors?: { message: string }[]; data?: unknown }
      expect(graphql.errors?.[0]?.message).toMatch(/transition/)
      expect((await staffView(item.id)).workflowState).toBe('draft')
    })

    it('lets trusted server code (seeds, jobs) set it', async () => {
      const item = await createDraft(payload, writer, unit.id)
      const doc = await payload.update({ collection: 'news', id: item.id, data: { workflowState: 'in_review' }, context: { trusted: true } })
      expect(doc.workflowState).toBe('in_review')
    })
  })
})
