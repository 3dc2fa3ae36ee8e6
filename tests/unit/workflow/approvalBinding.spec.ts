import type { Field } from 'payload'

import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import type { NewsLike } from '@/syndication/toSyndicationItem'

import { CONTENT_FIELDS, NOT_CONTENT_FIELDS, NOT_CONTENT_PATHS } from '@/collections/News/contentFields'
import { News } from '@/collections/News'
import { toSyndicationItem } from '@/syndication/toSyndicationItem'
import { changedContentFields, sameContent } from '@/workflow/sameContent'

/**
 * Approval binds everything that reaches a public channel (issue 9, finding 3). These tests derive
 * what reaches a channel from the code that sends it — the syndication item builder and the
 * portal article view — and fail when a field gets there without being bound (CONTENT_FIELDS).
 */

/** Written only by workflow transitions (the approver's own action) or derived from a bound field. */
const SET_BY_WORKFLOW = new Set(['id', 'createdAt', 'updatedAt', 'publishedAt', 'firstPublishedAt', 'corrections', 'retraction', 'workflowState', 'bodyText'])
const BOUND = new Set<string>(CONTENT_FIELDS)

const dataFieldNames = (fields: Field[]): string[] =>
  fields.flatMap((field) => {
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [tab.name] : dataFieldNames(tab.fields)))
    if (field.type === 'row' || field.type === 'collapsible') return dataFieldNames(field.fields)
    if (field.type === 'ui' || !('name' in field)) return []
    return [field.name]
  })

const leafPaths = (value: unknown, prefix = ''): string[] => {
  if (Array.isArray(value)) return value.flatMap((inner, index) => leafPaths(inner, `${prefix}.${index}`))
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, inner]) => leafPaths(inner, prefix ? `${prefix}.${key}` : key))
  }
  return [prefix]
}

const mutate = (value: unknown, pathParts: string[]): unknown => {
  const copy = structuredClone(value) as Record<string, unknown>
  let node: Record<string, unknown> = copy
  for (const key of pathParts.slice(0, -1)) node = node[key] as Record<string, unknown>
  const last = pathParts.at(-1)!
  const current = node[last]
  node[last] = typeof current === 'number' ? current + 7 : typeof current === 'boolean' ? !current : `${String(current)}-diubah`
  return copy
}

const media = (name: string) => ({
  url: `/api/media/file/${name}.jpg`,
  filename: `${name}.jpg`,
  mimeType: 'image/jpeg',
  alt: `Alt ${name}`,
  width: 1200,
  height: 800,
  focalX: 40,
  focalY: 60,
})

/** A news version with every field the builder's input type knows, all filled. */
const fullItem: NewsLike = {
  id: 42,
  slug: 'taman-kota',
  title: 'Taman Kota',
  lead: 'Ringkasan',
  bodyText: 'Isi',
  publishedAt: '2026-03-01T01:00:00.000Z',
  updatedAt: '2026-03-02T01:00:00.000Z',
  unit: { name: 'Bagian Humas' },
  category: { name: 'Lingkungan' },
  tags: ['taman'],
  coverImage: media('sampul'),
  gallery: [media('galeri')],
  youtubeVideoId: 'dQw4w9WgXcQ',
  channels: {
    instagram: { caption: 'Keterangan', images: [media('karusel')] },
    youtube: { title: 'Judul', description: 'Deskripsi', tags: ['kota'], categoryId: '25', language: 'id', publishAt: '2026-04-01T00:00:00.000Z' },
  },
}

describe('approval binding', () => {
  it('classifies every field of news as bound content or not content, once', () => {
    const names = dataFieldNames(News.fields)
    const unclassified = names.filter((name) => !BOUND.has(name) && !(name in NOT_CONTENT_FIELDS))
    const both = names.filter((name) => BOUND.has(name) && name in NOT_CONTENT_FIELDS)
    expect(unclassified, 'new news fields must be added to CONTENT_FIELDS or NOT_CONTENT_FIELDS').toEqual([])
    expect(both).toEqual([])
    expect([...BOUND].filter((name) => !names.includes(name))).toEqual([])
  })

  it('binds every input field the syndication builder turns into output', () => {
    const base = JSON.stringify(toSyndicationItem(fullItem, { siteUrl: 'https://warta.kota.go.id', versionId: 'v1' }))
    const reaching = leafPaths(fullItem).filter((leaf) => {
      const changed = mutate(fullItem, leaf.split('.')) as NewsLike
      return JSON.stringify(toSyndicationItem(changed, { siteUrl: 'https://warta.kota.go.id', versionId: 'v1' })) !== base
    })
    // Sanity: the probe sees the overrides and media texts.
    expect(reaching).toEqual(expect.arrayContaining(['channels.instagram.caption', 'channels.youtube.publishAt', 'coverImage.alt', 'gallery.0.focalX']))
    const unbound = reaching.filter((leaf) => {
      const root = leaf.split('.')[0]!
      const dotted = leaf.replace(/\.\d+(?=\.|$)/g, '')
      if (SET_BY_WORKFLOW.has(root)) return false
      return !BOUND.has(root) || NOT_CONTENT_PATHS.some((path) => dotted === path)
    })
    expect(unbound).toEqual([])
  })

  it('binds every news field the portal article view and its metadata read', () => {
    const sources = [
      'src/components/PortalArticle/ArticleView.tsx',
      'src/components/PortalArticle/ArticleBody.tsx',
      'src/components/PortalArticle/Figure.tsx',
      'src/data/articleMetadata.ts',
      'src/data/newsArticleJsonLd.ts',
    ].filter((file) => fs.existsSync(path.resolve(file)))
    expect(sources.length).toBeGreaterThan(2)
    const read = new Set(sources.flatMap((file) => [...fs.readFileSync(path.resolve(file), 'utf8').matchAll(/\barticle\??\.(\w+)/g)].map((match) => match[1]!)))
    expect(read.size).toBeGreaterThan(5)
    expect([...read].filter((field) => !BOUND.has(field) && !SET_BY_WORKFLOW.has(field))).toEqual([])
  })

  it('counts a change to any bound leaf as a content change, by value', () => {
    const current = {
      title: 'A',
      sources: [{ id: 'r1', name: 'BPS', description: null }],
      channels: { instagram: { enabled: false, caption: 'x', images: [3] }, youtube: { enabled: false, tags: ['a'], categoryId: '25' } },
    }
    expect(changedContentFields({ sources: [{ id: 'r1', name: 'BPS Kota' }] }, current)).toEqual(['sources'])
    expect(changedContentFields({ sources: [{ id: 'baru', name: 'BPS' }] }, current)).toEqual([])
    expect(changedContentFields({ channels: { youtube: { tags: ['a', 'b'] } } }, current)).toEqual(['channels'])
    expect(changedContentFields({ channels: { instagram: { images: [3, 4] } } }, current)).toEqual(['channels'])
    expect(changedContentFields({ channels: { instagram: { enabled: true }, youtube: { enabled: true } } }, current)).toEqual([])
    expect(changedContentFields({ title: 'A', channels: { instagram: { caption: 'x' } } }, current)).toEqual([])
    expect(sameContent(current, { ...current, channels: { ...current.channels, youtube: { ...current.channels.youtube, categoryId: '22' } } })).toBe(false)
    expect(sameContent(current, structuredClone(current))).toBe(true)
  })
})
