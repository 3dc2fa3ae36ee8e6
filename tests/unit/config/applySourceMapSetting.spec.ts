import { afterAll, describe, expect, it } from 'vitest'

import { applySourceMapSetting } from '@/config/applySourceMapSetting'

describe('applySourceMapSetting', () => {
  const before = process.sourceMapsEnabled
  afterAll(() => process.setSourceMapsEnabled(before))

  it('turns Node source maps off in production (tsx had turned them on)', () => {
    process.setSourceMapsEnabled(true)
    expect(applySourceMapSetting({ NODE_ENV: 'production' })).toBe(false)
    expect(process.sourceMapsEnabled).toBe(false)
  })

  it('keeps them with WARTA_SOURCE_MAPS=on, and outside production', () => {
    expect(applySourceMapSetting({ NODE_ENV: 'production', WARTA_SOURCE_MAPS: 'on' })).toBe(true)
    expect(process.sourceMapsEnabled).toBe(true)
    process.setSourceMapsEnabled(false)
    expect(applySourceMapSetting({ NODE_ENV: 'development' })).toBe(true)
    expect(process.sourceMapsEnabled).toBe(true)
  })
})
