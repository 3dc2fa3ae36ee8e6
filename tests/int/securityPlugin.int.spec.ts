// The security plugin through Payload's own REST handlers (no HTTP server): query allow-list,
// caps, impossible ids, missing upload files and versions of unversioned entities as 4xx.
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { RestCall } from '../helpers/rest'
import type { TestPayload } from '../helpers/startPayload'

import { createUser } from '../helpers/fixtures'
import { restClient, tokenFor } from '../helpers/rest'
import { startPayload } from '../helpers/startPayload'
import { describeWithDatabase } from '../helpers/testDatabase'

describeWithDatabase('security plugin (REST)', () => {
  let t: TestPayload
  let rest: RestCall
  let adminToken: string
  beforeAll(async () => {
    t = await startPayload('security-plugin')
    rest = await restClient()
    const admin = await createUser(t.payload, ['admin'])
    adminToken = await tokenFor(t.payload, admin)
  })
  afterAll(async () => {
    await t?.stop()
  })

  it('refuses anonymous filters on hidden text and everyone\'s filters on session data, in Indonesian', async () => {
    const oracle = await rest('GET', '/news', { query: 'where[lead][like]=kota' })
    expect(oracle.status).toBe(400)
    expect(oracle.json.errors[0].message).toMatch(/tidak dapat dipakai/)
    expect((await rest('GET', '/news', { query: 'where[authors.sessions.id][like]=a', token: adminToken })).status).toBe(400)
    expect((await rest('GET', '/users', { query: 'sort=hash', token: adminToken })).status).toBe(400)
    expect((await rest('GET', '/news', { query: 'where[title][near]=1,2', token: adminToken })).status).toBe(400)
    expect((await rest('GET', '/news', { query: 'page=1e20' })).status).toBe(400)
    expect((await rest('GET', '/news', { query: 'where[slug][equals]=x' })).status).toBe(200)
  })

  it('caps limits by role and keeps anonymous pagination', async () => {
    expect((await rest('GET', '/news', { query: 'limit=100000000' })).json.limit).toBe(100)
    expect((await rest('GET', '/news', { query: 'pagination=false' })).json.limit).toBe(100)
    expect((await rest('GET', '/news', { query: 'limit=100000000', token: adminToken })).json.limit).toBe(500)
  })

  it('answers 404 for impossible ids, missing files and versions of unversioned entities', async () => {
    const abc = await rest('GET', '/news/abc')
    expect(abc.status).toBe(404)
    expect(abc.json.errors[0].message).toBe('Data tidak ditemukan.')
    const file = await rest('GET', '/media/file/tidak-ada.jpg')
    expect(file.status).toBe(404)
    expect(file.json.errors[0].message).toBe('Berkas tidak ditemukan.')
    for (const path of ['/audit-log/versions', '/globals/channels/versions']) {
      const answer = await rest('GET', path, { token: adminToken })
      expect(answer.status, path).toBe(404)
      expect(answer.json.errors[0].message).toMatch(/Riwayat versi tidak tersedia/)
    }
  })
})
