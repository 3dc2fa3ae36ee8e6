import type { Payload } from 'payload'

import { afterAll, beforeAll, expect, it } from 'vitest'

import type { News, User } from '@/payload-types'

import type { TestPayload } from '../helpers/startPayload'

import { createUnit, createUser } from '../helpers/fixtures'
import { startSmtpSink } from '../helpers/smtpSink'
import { startPayload } from '../helpers/startPayload'
import { describeWithDatabase } from '../helpers/testDatabase'
import { createDraft, transition } from '../helpers/workflow'

/** Decodes a quoted-printable or plain message enough to search it. */
const readable = (raw: string): string =>
  raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))

describeWithDatabase('workflow notifications by e-mail', () => {
  let t: TestPayload
  let payload: Payload
  let sink: Awaited<ReturnType<typeof startSmtpSink>>
  let writer: User
  let verifier: User
  let admin: User
  let item: News

  beforeAll(async () => {
    sink = await startSmtpSink()
    Object.assign(process.env, {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(sink.port),
      SMTP_SECURE: 'false',
      EMAIL_FROM: 'Humas Kota <humas@kota.go.id>',
      PUBLIC_URL: 'https://warta.kota.go.id',
    })
    t = await startPayload('notifications')
    payload = t.payload
    admin = await createUser(payload, ['admin'])
    const unit = await createUnit(payload)
    writer = await createUser(payload, ['writer'], [unit.id])
    verifier = await createUser(payload, ['verifier'])
    await createUser(payload, ['writer'], [unit.id]) // not an author: hears nothing
    item = await createDraft(payload, writer, unit.id, 'Pasar Murah di Alun-alun')
  })
  afterAll(async () => {
    await t?.stop()
    await sink?.stop()
    for (const key of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_SECURE', 'EMAIL_FROM', 'PUBLIC_URL']) delete process.env[key]
  })

  const deliver = async () => {
    sink.mails.length = 0
    await payload.jobs.run({ where: { taskSlug: { equals: 'sendNotification' } } })
  }

  it('tells verifiers and admins when an item is submitted, after the transition (queued job)', async () => {
    await transition(payload, writer, item.id, { action: 'submit' })
    expect(sink.mails).toHaveLength(0)
    await deliver()
    expect(sink.mails).toHaveLength(1)
    const [mail] = sink.mails
    expect(mail?.to.sort()).toEqual([admin.email, verifier.email].sort())
    expect(mail?.from).toBe('humas@kota.go.id')
    const text = readable(mail?.raw ?? '')
    expect(text).toMatch(/Subject: .*Perlu ditinjau/)
    expect(text).toContain('menunggu tinjauan Anda')
    expect(text).toContain(`https://warta.kota.go.id/admin/collections/news/${item.id}`)
  })

  it('tells the authors about requested changes (with the comment), approval, publication and retraction', async () => {
    await transition(payload, verifier, item.id, { action: 'request_changes', comment: 'Sebutkan jam buka pasar.' })
    await deliver()
    expect(sink.mails.map((m) => m.to)).toEqual([[writer.email]])
    expect(readable(sink.mails[0]?.raw ?? '')).toContain('Sebutkan jam buka pasar.')

    await transition(payload, writer, item.id, { action: 'submit' })
    await transition(payload, verifier, item.id, { action: 'approve' })
    await transition(payload, verifier, item.id, { action: 'publish' })
    await transition(payload, verifier, item.id, { action: 'retract', reason: 'Acara ditunda.' })
    await deliver()
    const byAudience = sink.mails.map((m) => `${m.to.sort().join(',')} ${readable(m.raw).match(/Subject: \[Warta\] ([\w ]+):/)?.[1]}`)
    expect(byAudience.sort()).toEqual(
      [
        `${[admin.email, verifier.email].sort().join(',')} Perlu ditinjau`,
        `${writer.email} Disetujui`,
        `${writer.email} Terbit`,
        `${writer.email} Dicabut`,
      ].sort(),
    )
    expect(sink.mails).toHaveLength(4) // submit (desk), approve, publish, retract (author)
  })
})
