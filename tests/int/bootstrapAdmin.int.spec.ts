import { afterAll, beforeAll, expect, it } from 'vitest'

import type { TestPayload } from '../helpers/startPayload'

import { createAdminFromEnv } from '@/bootstrap/createAdminFromEnv'

import { startPayload } from '../helpers/startPayload'
import { describeWithDatabase } from '../helpers/testDatabase'

describeWithDatabase('production bootstrap admin', () => {
  let t: TestPayload
  beforeAll(async () => {
    t = await startPayload('bootstrap')
  })
  afterAll(async () => {
    await t?.stop()
  })

  it('creates the ADMIN_EMAIL admin on an empty database, once', async () => {
    expect(await createAdminFromEnv(t.payload, { email: 'admin@kota.go.id', password: 'sandi-awal-456' })).toBe(true)
    expect(await createAdminFromEnv(t.payload, { email: 'admin@kota.go.id', password: 'sandi-awal-456' })).toBe(false)
    const login = await t.payload.login({ collection: 'users', data: { email: 'admin@kota.go.id', password: 'sandi-awal-456' } })
    expect(login.user?.roles).toEqual(['admin'])
  })
})
