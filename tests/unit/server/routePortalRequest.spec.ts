import { describe, expect, it } from 'vitest'

import { NOT_FOUND_PATH, routePortalRequest } from '@/server/routePortalRequest'

const registries = (known: string[] = [], retracted: string[] = []) => ({
  isRetracted: async (slug: string) => retracted.includes(slug),
  isKnownArticle: (slug: string) => known.includes(slug),
})

describe('routePortalRequest', () => {
  it('sends a known published slug to the cached article route unchanged, query included', async () => {
    expect(await routePortalRequest('GET', '/berita/banjir-surut', registries(['banjir-surut']))).toBe('/berita/banjir-surut')
    expect(await routePortalRequest('HEAD', '/berita/banjir-surut/?utm=x', registries(['banjir-surut']))).toBe('/berita/banjir-surut/?utm=x')
  })

  it('sends an unknown slug (any characters) to the uncached twin, keeping the query', async () => {
    expect(await routePortalRequest('GET', '/berita/tidak-ada-1', registries())).toBe('/berita-langsung/tidak-ada-1')
    expect(await routePortalRequest('GET', '/berita/Tidak%20Ada?x=1', registries())).toBe('/berita-langsung/Tidak%20Ada?x=1')
  })

  it('sends a retracted slug to its 410 notice, whether or not it was known', async () => {
    expect(await routePortalRequest('GET', '/berita/dicabut-1', registries(['dicabut-1'], ['dicabut-1']))).toBe('/dicabut/dicabut-1')
    expect(await routePortalRequest('GET', '/berita/dicabut-2?a=b', registries([], ['dicabut-2']))).toBe('/dicabut/dicabut-2')
  })

  it('answers the internal routes as not found when asked for directly', async () => {
    for (const url of ['/berita-langsung/banjir-surut', '/berita-langsung', '/berita-langsung?x=1', '/beranda/lain', '/beranda/terkini-2', '/beranda/terkini/x', '/tidak-ditemukan', '/tidak-ditemukan?x=1']) {
      expect(await routePortalRequest('GET', url, registries(['banjir-surut'])), url).toBe(NOT_FOUND_PATH)
    }
    expect(await routePortalRequest('GET', '/beranda/terkini', registries())).toBe('/beranda/terkini')
    expect(await routePortalRequest('GET', '/beranda/terkini?utm=1', registries())).toBe('/beranda/terkini?utm=1')
  })

  it('leaves other paths, deeper article paths and non-GET methods alone', async () => {
    for (const url of ['/', '/cari?q=banjir', '/kategori/kesehatan?halaman=2', '/berita', '/berita/a/b', '/berita-lain/x', '/feed.xml?v=1']) {
      expect(await routePortalRequest('GET', url, registries()), url).toBe(url)
    }
    expect(await routePortalRequest('POST', '/berita/tidak-ada', registries())).toBe('/berita/tidak-ada')
  })
})
