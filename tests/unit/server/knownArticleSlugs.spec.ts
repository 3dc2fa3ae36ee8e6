import { afterEach, describe, expect, it } from 'vitest'

import { forgetArticleSlugs, isKnownArticleSlug, rememberArticleSlug } from '@/data/knownArticleSlugs'

afterEach(forgetArticleSlugs)

describe('knownArticleSlugs', () => {
  it('knows a slug once the article page has found it published', () => {
    expect(isKnownArticleSlug('pasar-baru')).toBe(false)
    rememberArticleSlug('pasar-baru')
    expect(isKnownArticleSlug('pasar-baru')).toBe(true)
    expect(isKnownArticleSlug('pasar-lama')).toBe(false)
  })

  it('is one set per process, shared through globalThis by separately loaded module copies', () => {
    rememberArticleSlug('banjir')
    const store = (globalThis as Record<symbol, unknown>)[Symbol.for('warta.knownArticleSlugs')] as Set<string>
    expect(store.has('banjir')).toBe(true)
  })
})
