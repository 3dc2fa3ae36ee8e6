import { describe, expect, it } from 'vitest'

import { boundPaging, checkSort, checkWhere, LIMITS, QueryRefusal } from '@/security/queryPolicy'

const refused = (fn: () => unknown) => expect(fn).toThrow(QueryRefusal)

describe('query allow-list', () => {
  it('refuses anonymous filters on hidden text (the content oracle on retracted items)', () => {
    for (const field of ['lead', 'body', 'bodyText', 'checklist.accuracy', 'authors', 'approval.approvedBy']) {
      refused(() => checkWhere('news', { and: [{ id: { equals: 1 } }, { [field]: { like: 'kata' } }] }, 'anonymous'))
    }
    refused(() => checkSort('news', '-lead', 'anonymous'))
    expect(() => checkWhere('news', { slug: { equals: 'a' }, 'category.slug': { in: ['x'] } }, 'anonymous')).not.toThrow()
    expect(() => checkSort('news', '-publishedAt,title', 'anonymous')).not.toThrow()
  })

  it('lets an anonymous file request find media by any of its file names and folder (the S3 adapter does), nothing else', () => {
    const byName = { or: [{ filename: { equals: 'a.jpg' } }, { 'sizes.thumbnail.filename': { equals: 'a.jpg' } }, { 'sizes.youtube.filename': { equals: 'a.jpg' } }] }
    expect(() => checkWhere('media', { and: [byName, { prefix: { equals: '' } }] }, 'anonymous')).not.toThrow()
    refused(() => checkWhere('media', { caption: { like: 'rahasia' } }, 'anonymous'))
    refused(() => checkWhere('media', { 'sizes.thumbnail.url': { like: 'x' } }, 'anonymous'))
  })

  it('never lets anyone query authentication data, however deep the path', () => {
    for (const path of ['authors.sessions.id', 'hash', 'salt', 'resetPasswordToken', 'lockUntil', 'version.authors.sessions.createdAt', 'loginAttempts']) {
      refused(() => checkWhere('news', { [path]: { like: 'a' } }, 'staff'))
      refused(() => checkSort('users', path, 'staff'))
    }
    expect(() => checkWhere('news', { lead: { like: 'kata' }, 'authors.name': { like: 'x' } }, 'staff')).not.toThrow()
  })

  it('refuses unknown operators, oversized and malformed trees', () => {
    refused(() => checkWhere('news', { title: { near: '1,2' } }, 'staff'))
    refused(() => checkWhere('news', { title: 'x' }, 'staff'))
    refused(() => checkWhere('news', { title: { like: 'x'.repeat(LIMITS.maxValueLength + 1) } }, 'staff'))
    refused(() => checkWhere('news', { id: { in: Array.from({ length: LIMITS.maxInValues + 1 }, (_, i) => i) } }, 'staff'))
    let deep: Record<string, unknown> = { title: { equals: 'x' } }
    for (let i = 0; i < LIMITS.maxNesting + 2; i++) deep = { and: [deep] }
    refused(() => checkWhere('news', deep, 'staff'))
    refused(() => checkWhere('news', { or: 'x' }, 'staff'))
  })

  it('caps limit and depth per role and keeps pagination for anonymous readers', () => {
    expect(boundPaging({ limit: 100_000_000, depth: 50 }, 'anonymous')).toEqual({ limit: 100, depth: 2 })
    expect(boundPaging({ limit: 100_000_000, depth: 50 }, 'staff')).toEqual({ limit: 500, depth: 4 })
    expect(boundPaging({ pagination: false }, 'anonymous')).toEqual({ pagination: true, limit: 100 })
    expect(boundPaging({ pagination: false }, 'staff')).toEqual({ pagination: false })
    expect(boundPaging({ limit: 0 }, 'anonymous')).toEqual({ limit: 100 })
    refused(() => boundPaging({ page: 1e20 }, 'anonymous'))
    refused(() => boundPaging({ page: 0 }, 'staff'))
    refused(() => boundPaging({ limit: -1 }, 'staff'))
  })
})
