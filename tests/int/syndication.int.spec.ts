import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import { afterAll, beforeAll, expect, it, vi } from 'vitest'

import type { Unit, User } from '@/payload-types'

import { withActiveClaim } from '@/syndication/wiring/activeClaims'
import { recoverStaleSyndications } from '@/syndication/wiring/recoverStaleSyndications'
import { runSyndicationJob } from '@/syndication/wiring/runSyndicationJob'
import { applyTransition } from '@/workflow/applyTransition'

import type { RestCall } from '../helpers/rest'
import type { SyndicationHarness } from '../helpers/syndication'

import { IG_ERRORS } from '../fakes'
import { createUnit, createUser } from '../helpers/fixtures'
import { restClient, tokenFor } from '../helpers/rest'
import {
  addVideo,
  approvedItemWithChannels,
  createCover,
  HOOK_SECRET,
  recordsFor,
  runJobsUntilIdle,
  startSyndicationHarness,
} from '../helpers/syndication'
import { describeWithDatabase } from '../helpers/testDatabase'
import { FULL_CHECKLIST, transition } from '../helpers/workflow'

describeWithDatabase('syndication wiring (jobs against the fake platforms)', () => {
  let h: SyndicationHarness
  let payload: Payload
  let rest: RestCall
  let unit: Unit
  let admin: User
  let writer: User
  let verifier: User
  let cover: number

  const published = async (title: string, options: { instagram?: boolean; youtube?: boolean } = {}) => {
    const item = await approvedItemWithChannels(payload, { writer, verifier }, unit.id, {
      title,
      cover,
      instagram: options.instagram,
      youtubeVideoId: options.youtube ? addVideo(h.fakes) : undefined,
    })
    await transition(payload, verifier, item.id, { action: 'publish' })
    return item
  }
  const byChannel = async (newsId: number) => {
    const records = await recordsFor(payload, newsId)
    return Object.fromEntries(records.map((r) => [`${r.channel}:${r.operation}`, r]))
  }

  beforeAll(async () => {
    h = await startSyndicationHarness('syndication')
    payload = h.payload
    rest = await restClient()
    admin = await createUser(payload, ['admin'])
    unit = await createUnit(payload)
    writer = await createUser(payload, ['writer'], [unit.id])
    verifier = await createUser(payload, ['verifier'])
    cover = (await createCover(payload)).id
  })
  afterAll(async () => {
    await h?.stopAll()
  })

  it('publish: one record per channel exists before any remote call; jobs post once each with permalinks', async () => {
    const igBefore = h.fakes.instagram.requests.length
    const item = await published('Pasar Murah Digelar di Alun-alun', { instagram: true, youtube: true })
    const queued = await recordsFor(payload, item.id)
    expect(queued.map((r) => [r.channel, r.operation, r.state]).sort()).toEqual([
      ['instagram', 'publish', 'queued'],
      ['portal', 'publish', 'queued'],
      ['youtube', 'publish', 'queued'],
    ])
    expect(h.fakes.instagram.requests.length).toBe(igBefore) // nothing sent yet
    const versions = new Set(queued.map((r) => r.version))
    expect(versions.size).toBe(1)
    expect(queued[0]?.key).toMatch(new RegExp(`^${item.id}:(portal|instagram|youtube):\\d+:publish$`))

    await runJobsUntilIdle(payload)
    const records = await byChannel(item.id)
    for (const key of ['portal:publish', 'instagram:publish', 'youtube:publish']) {
      expect(records[key]?.state, `${key}: ${records[key]?.lastError}`).toBe('succeeded')
      expect(records[key]?.permalink).toMatch(/^https?:\/\//)
      expect(records[key]?.remoteId).toBeTruthy()
    }
    expect(records['instagram:publish']?.permalink).toMatch(/instagram\.com\/p\//)
    expect(records['youtube:publish']?.permalink).toMatch(/youtube\.com\/watch\?v=|youtu\.be\//)
    expect(h.fakes.instagram.publishLog.filter((p) => p.mediaId === records['instagram:publish']?.remoteId)).toHaveLength(1)
    // The JPEG reached Instagram through the public syndication-image endpoint.
    const container = [...h.fakes.instagram.containers.values()].at(-1) as { imageUrl?: string } | undefined
    expect(container?.imageUrl).toContain('/api/syndications/images/')
    // Signed webhook delivered once, portal page checked.
    const deliveries = h.fakes.portal.deliveries.filter((d) => d.deliveryId.startsWith(`${item.id}:`))
    expect(deliveries.map((d) => [d.event, d.signatureValid])).toEqual([['news.published', true]])
  })

  it('correction: portal and YouTube update; Instagram needs manual action with the reason', async () => {
    const item = await published('Jadwal Vaksinasi Kelurahan', { instagram: true, youtube: true })
    await runJobsUntilIdle(payload)
    const igPosts = h.fakes.instagram.publishLog.length
    await payload.update({ collection: 'news', id: item.id, data: { title: 'Jadwal Vaksinasi Kelurahan (Diperbarui)' }, user: writer, overrideAccess: false })
    await transition(payload, writer, item.id, { action: 'submit' })
    await payload.update({ collection: 'news', id: item.id, data: { checklist: FULL_CHECKLIST }, draft: true, context: { trusted: true } })
    await transition(payload, verifier, item.id, { action: 'approve' })
    await transition(payload, verifier, item.id, { action: 'publish', note: 'Judul diperbarui.' })
    await runJobsUntilIdle(payload)
    const records = await byChannel(item.id)
    expect(records['portal:update']?.state).toBe('succeeded')
    expect(records['youtube:update']?.state).toBe('succeeded')
    expect(records['instagram:update']).toMatchObject({ state: 'skipped', needsManualAction: true })
    expect(records['instagram:update']?.manualActionReason).toMatch(/[Ii]nstagram|keterangan|manual/)
    expect(h.fakes.instagram.publishLog.length).toBe(igPosts)
    const video = h.fakes.youtube.videos.get(records['youtube:update']?.remoteId as string) as unknown as { snippet: { title: string } }
    expect(video.snippet.title).toBe('Jadwal Vaksinasi Kelurahan (Diperbarui)')
    expect(h.fakes.portal.deliveries.filter((d) => d.deliveryId.startsWith(`${item.id}:`)).map((d) => d.event)).toEqual([
      'news.published',
      'news.updated',
    ])
  })

  it('retraction: portal removal; Instagram and YouTube need manual action', async () => {
    const item = await published('Festival Kuliner Dibatalkan', { instagram: true, youtube: true })
    await runJobsUntilIdle(payload)
    h.fakes.portal.retract(new URL((await byChannel(item.id))['portal:publish']?.permalink as string).pathname)
    await transition(payload, verifier, item.id, { action: 'retract', reason: 'Acara dibatalkan penyelenggara.' })
    await runJobsUntilIdle(payload)
    const records = await byChannel(item.id)
    expect(records['portal:remove']?.state, records['portal:remove']?.lastError ?? '').toBe('succeeded')
    expect(records['instagram:remove']).toMatchObject({ state: 'skipped', needsManualAction: true })
    expect(records['youtube:remove']).toMatchObject({ state: 'skipped', needsManualAction: true })
    expect(records['youtube:remove']?.manualActionReason).toMatch(/YouTube Studio/)
  })

  it('skipSyndication and internal items create no records', async () => {
    const skipped = await approvedItemWithChannels(payload, { writer, verifier }, unit.id, { cover, instagram: true })
    const req = await createLocalReq({ user: { ...verifier, collection: 'users' }, context: { skipSyndication: true } }, payload)
    expect((await applyTransition({ req, id: skipped.id, input: { action: 'publish' }, actor: { kind: 'user', user: verifier } })).ok).toBe(true)
    expect(await recordsFor(payload, skipped.id)).toEqual([])

    const item = await approvedItemWithChannels(payload, { writer, verifier }, unit.id, { cover, instagram: true, visibility: 'internal' })
    await transition(payload, verifier, item.id, { action: 'publish' })
    expect(await recordsFor(payload, item.id)).toEqual([])
  })

  it('permanent error → failed with the Indonesian message; "Coba lagi" (verifier) re-queues and succeeds, audited', async () => {
    h.fakes.instagram.fail('createContainer', IG_ERRORS.permission)
    const item = await published('Beasiswa Pelajar Berprestasi', { instagram: true })
    await runJobsUntilIdle(payload)
    const failed = (await byChannel(item.id))['instagram:publish']
    expect(failed?.state).toBe('failed')
    expect(failed?.lastError).toMatch(/izin|akses|Instagram/i)

    const writerToken = await tokenFor(payload, writer)
    expect((await rest('POST', `/syndications/${failed?.id}/retry`, { token: writerToken })).status).toBe(403)
    expect((await rest('POST', `/syndications/${failed?.id}/retry`)).status).toBe(401)
    const token = await tokenFor(payload, verifier)
    const answer = await rest('POST', `/syndications/${failed?.id}/retry`, { token })
    expect(answer.status, JSON.stringify(answer.json)).toBe(200)
    expect(answer.json.doc.state).toBe('queued')
    expect((await rest('POST', `/syndications/${failed?.id}/retry`, { token })).status).toBe(409)
    await runJobsUntilIdle(payload)
    const after = (await byChannel(item.id))['instagram:publish']
    expect(after?.state).toBe('succeeded')
    expect(h.fakes.instagram.publishLog.filter((p) => p.mediaId === after?.remoteId)).toHaveLength(1)
    const audit = await payload.find({ collection: 'audit-log', where: { and: [{ news: { equals: item.id } }, { action: { equals: 'syndication_retry' } }] }, depth: 0 })
    expect(audit.docs).toHaveLength(1)
    expect(audit.docs[0]?.actor).toBe(verifier.id)

    // The tab's endpoint: staff only, no checkpoint.
    const tab = await rest('GET', `/syndications/by-news/${item.id}`, { token })
    expect(tab.status).toBe(200)
    expect(tab.json.docs[0]).not.toHaveProperty('checkpoint')
    expect((await rest('GET', `/syndications/by-news/${item.id}`, { token: writerToken })).status).toBe(403)
    // The collection itself: admins only.
    expect((await rest('GET', '/syndications', { token })).json.docs ?? []).toEqual([])
    const adminList = await rest('GET', '/syndications', { token: await tokenFor(payload, admin), query: `where[news][equals]=${item.id}` })
    expect(adminList.json.docs.map((d: { channel: string; state: string }) => `${d.channel}:${d.state}`).sort()).toEqual(['instagram:succeeded', 'portal:succeeded'])
  })

  it('retryable error: attempts counted, retried with backoff, posted once', async () => {
    h.fakes.instagram.fail('createContainer', IG_ERRORS.http503)
    h.fakes.instagram.fail('status', IG_ERRORS.service)
    const item = await published('Perbaikan Jalan Lingkar', { instagram: true })
    await runJobsUntilIdle(payload)
    const record = (await byChannel(item.id))['instagram:publish']
    expect(record?.state).toBe('succeeded')
    expect(record?.attempts).toBeGreaterThanOrEqual(1)
    expect(h.fakes.instagram.publishLog.filter((p) => p.mediaId === record?.remoteId)).toHaveLength(1)
  })

  it('media_publish commits then the connection drops: no second post', async () => {
    h.fakes.instagram.fail('publish', { ...IG_ERRORS.http500, mode: 'commit-then-drop' })
    const posts = h.fakes.instagram.publishLog.length
    const item = await published('Pelatihan UMKM Digital', { instagram: true })
    await runJobsUntilIdle(payload)
    const record = (await byChannel(item.id))['instagram:publish']
    expect(record?.state).toBe('succeeded')
    expect(h.fakes.instagram.publishLog.length).toBe(posts + 1)
    expect(record?.remoteId).toBe(h.fakes.instagram.publishLog.at(-1)?.mediaId)
  })

  it('two workers racing for one record: exactly one runs it', async () => {
    const item = await approvedItemWithChannels(payload, { writer, verifier }, unit.id, { cover, instagram: true })
    await transition(payload, verifier, item.id, { action: 'publish' })
    const record = (await byChannel(item.id))['instagram:publish']
    const posts = h.fakes.instagram.publishLog.length
    const results = await Promise.all([
      runSyndicationJob(payload, record!.id),
      runSyndicationJob(payload, record!.id),
      runSyndicationJob(payload, record!.id),
    ])
    expect(results.filter((r) => r === 'succeeded')).toHaveLength(1)
    expect(results.filter((r) => r === 'not-claimed')).toHaveLength(2)
    // The queued jobs themselves, two runners in parallel: nothing left to do. (Payload's runner can
    // throw when a rival runner deleted the same job first — its pick-up is not atomic — so settle.)
    await Promise.allSettled([payload.jobs.run({ limit: 50 }), payload.jobs.run({ limit: 50 })])
    await runJobsUntilIdle(payload)
    expect(h.fakes.instagram.publishLog.length).toBe(posts + 1)
  })

  it('stale sweep: re-queues a dead worker\'s record, never one this process is still running', async () => {
    const stuck = async (title: string, claimToken: string) => {
      const item = await approvedItemWithChannels(payload, { writer, verifier }, unit.id, { title, cover, instagram: true })
      await transition(payload, verifier, item.id, { action: 'publish' })
      const record = (await byChannel(item.id))['instagram:publish']!
      const leaseUntil = new Date(Date.now() - 60_000).toISOString()
      await payload.db.updateOne({ collection: 'syndications', id: record.id, data: { state: 'running', claimToken, leaseUntil }, returning: false })
      return record.id
    }
    const dead = await stuck('Sapuan Basi: Pekerja Mati', 'token-of-a-dead-worker')
    const slow = await stuck('Sapuan Basi: Pekerja Lambat', 'token-of-a-slow-run-here')
    const stateOf = async (id: number | string) => (await payload.findByID({ collection: 'syndications', id, depth: 0 })).state
    // The slow run is this process's own (a stalled event loop let its lease lapse): left alone.
    const recovered = await withActiveClaim('token-of-a-slow-run-here', () => recoverStaleSyndications(payload, { graceMs: 0 }))
    expect(recovered).toBe(1)
    expect(await stateOf(dead)).toBe('queued')
    expect(await stateOf(slow)).toBe('running')
    // Once that run has ended without settling (the process died), the next sweep takes it too.
    expect(await recoverStaleSyndications(payload, { graceMs: 0 })).toBe(1)
    expect(await stateOf(slow)).toBe('queued')
    await runJobsUntilIdle(payload)
    expect(await stateOf(dead)).toBe('succeeded')
    expect(await stateOf(slow)).toBe('succeeded')
  })

  it('secrets: sealed in the database, masked through every API (admins too), kept when the mask is saved back, never logged', async () => {
    const raw = (await payload.db.findGlobal({ slug: 'channels' })) as Record<string, Record<string, unknown>>
    expect(raw.instagram?.accessToken).toMatch(/^v1:/)
    expect(raw.youtube?.clientSecret).toMatch(/^v1:/)
    expect(raw.youtube?.refreshToken).toMatch(/^v1:/)
    expect((raw.portal?.webhooks as { secret: string }[])[0]?.secret).toMatch(/^v1:/)
    expect(JSON.stringify(raw)).not.toContain(h.fakes.credentials.instagram.accessToken)
    expect(JSON.stringify(raw)).not.toContain(HOOK_SECRET)

    const adminToken = await tokenFor(payload, admin)
    const shown = await rest('GET', '/globals/channels', { token: adminToken })
    expect(shown.status).toBe(200)
    expect(shown.json.instagram.accessToken).toMatch(/^••••/)
    expect(shown.json.youtube.refreshToken).toMatch(/^••••/)
    expect(shown.json.portal.webhooks[0].secret).toMatch(/^••••/)
    expect(JSON.stringify(shown.json)).not.toContain(h.fakes.credentials.youtube.clientSecret)
    expect((await rest('GET', '/globals/channels', { token: await tokenFor(payload, verifier) })).status).toBe(403)

    // The admin saves the form as displayed (masked values): the stored secrets stay usable.
    const saved = await rest('POST', '/globals/channels', { token: adminToken, body: { ...shown.json, instagram: { ...shown.json.instagram, maxHashtags: 4 } } })
    expect(saved.status, JSON.stringify(saved.json)).toBe(200)
    const rawAfter = (await payload.db.findGlobal({ slug: 'channels' })) as Record<string, Record<string, unknown>>
    expect(rawAfter.instagram?.accessToken).toBe(raw.instagram?.accessToken)
    expect((rawAfter.portal?.webhooks as { secret: string }[])[0]?.secret).toBe((raw.portal?.webhooks as { secret: string }[])[0]?.secret)

    // A job run with every log line captured: no secret appears.
    const lines: string[] = []
    const spies = (['info', 'warn', 'error', 'debug'] as const).map((level) =>
      vi.spyOn(payload.logger, level).mockImplementation(((...args: unknown[]) => {
        lines.push(JSON.stringify(args))
      }) as never),
    )
    try {
      h.fakes.instagram.fail('createContainer', IG_ERRORS.http503)
      const item = await published('Lomba Kebersihan Kampung', { instagram: true, youtube: true })
      await runJobsUntilIdle(payload)
      expect((await byChannel(item.id))['instagram:publish']?.state).toBe('succeeded')
    } finally {
      for (const spy of spies) spy.mockRestore()
    }
    const logged = lines.join('\n')
    expect(lines.length).toBeGreaterThan(0)
    for (const secret of [
      h.fakes.credentials.instagram.accessToken,
      h.fakes.credentials.youtube.clientSecret,
      h.fakes.credentials.youtube.refreshToken,
      HOOK_SECRET,
    ]) {
      expect(logged).not.toContain(secret)
    }
  })
})
