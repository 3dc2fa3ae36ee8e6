import { describe, expect, it } from 'vitest'

import { ConfigError } from '@/config/ConfigError'
import { resolveAdminOrigins } from '@/config/resolveAdminOrigins'

describe('resolveAdminOrigins', () => {
  it('is empty without PUBLIC_URL and ADMIN_ORIGINS', () => {
    expect(resolveAdminOrigins({})).toEqual([])
    expect(resolveAdminOrigins({ publicUrl: ' ', adminOrigins: ' , ' })).toEqual([])
  })

  it('puts PUBLIC_URL first and normalises every entry to its origin, without duplicates', () => {
    expect(
      resolveAdminOrigins({
        publicUrl: 'https://warta.kota.go.id/',
        adminOrigins: 'http://10.1.2.3:3000/admin, http://humas-srv:3000 ,https://warta.kota.go.id',
      }),
    ).toEqual(['https://warta.kota.go.id', 'http://10.1.2.3:3000', 'http://humas-srv:3000'])
  })

  it('refuses entries that are not http(s) URLs with a message naming the variable', () => {
    expect(() => resolveAdminOrigins({ adminOrigins: 'humas-srv:3000x' })).toThrow(ConfigError)
    expect(() => resolveAdminOrigins({ adminOrigins: '10.1.2.3' })).toThrow(/ADMIN_ORIGINS/)
    expect(() => resolveAdminOrigins({ publicUrl: 'ftp://x' })).toThrow(/PUBLIC_URL/)
  })
})
