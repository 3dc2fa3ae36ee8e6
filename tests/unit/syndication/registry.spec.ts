import { describe, expect, it } from 'vitest'

import { createAdapterRegistry } from '@/syndication/registry'

const deps = { revalidate: async () => undefined, publishImage: async () => 'https://x/y.jpg' }

describe('createAdapterRegistry', () => {
  it('builds only enabled channels, lazily, from the channels global', () => {
    const registry = createAdapterRegistry(
      {
        portal: { enabled: true, webhooks: [{ url: 'https://app.example/hook', secret: null }] },
        instagram: { enabled: true, igUserId: '1784', accessToken: 'EAAG' },
        youtube: { enabled: false },
      },
      deps,
    )
    expect(registry.enabledChannels()).toEqual(['portal', 'instagram'])
    expect(registry.get('portal')?.channel).toBe('portal')
    expect(registry.get('instagram')?.update).toBeUndefined()
    expect(registry.get('youtube')).toBeUndefined()
  })

  it('a half-configured channel fails with an Indonesian config message when used', () => {
    const registry = createAdapterRegistry({ youtube: { enabled: true, clientId: 'id' } }, deps)
    expect(() => registry.get('youtube')).toThrow(/clientSecret/)
    try {
      registry.get('youtube')
    } catch (error) {
      expect((error as { userMessage: string }).userMessage).toContain('wajib diisi')
    }
  })
})
