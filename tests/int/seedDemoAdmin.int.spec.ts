import { afterAll, beforeAll, expect, it } from 'vitest'

import type { TestPayload } from '../helpers/startPayload'

import { createAdminFromEnv } from '@/bootstrap/createAdminFromEnv'
import { seedDemo } from '@/seed/seedDemo'

import { startPayload } from '../helpers/startPayload'
import { describeWithDatabase } from '../helpers/testDatabase'

describeWithDatabase('demo seed with ADMIN_EMAIL/ADMIN_PASSWORD', () => {
  let t: TestPayload
  beforeAll(async () => {
    t = await startPayload('seed-admin')
  })
  afterAll(async () => {
    await t?.stop()
  })

  it('gives the admin the configured credentials', async () => {
    await seedDemo(t.payload, { adminEmail: 'kepala.humas@kota.go.id', adminPassword: 'sandi-pilihan-789', log: () => {} })
    const login = await t.payload.login({
      collection: 'users',
      data: { email: 'kepala.humas@kota.go.id', password: 'sandi-pilihan-789' },
    })
    expect(login.user?.roles).toEqual(['admin'])
  })

  it('production bootstrap creates no admin once users exist', async () => {
    const created = await createAdminFromEnv(t.payload, { email: 'lain@kota.go.id', password: 'sandi-lain-123' })
    expect(created).toBe(false)
    expect((await t.payload.count({ collection: 'users', where: { email: { equals: 'lain@kota.go.id' } } })).totalDocs).toBe(0)
  })
})
