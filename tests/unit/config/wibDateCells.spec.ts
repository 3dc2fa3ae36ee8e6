import type { CollectionConfig, Field } from 'payload'

import { describe, expect, it } from 'vitest'

import { actorIsSystem } from '@/components/AuditLogCells/actorIsSystem'
import { WIB_DATE_CELL, WIB_TIMESTAMPS, withWibDateCells } from '@/config/wibDateCells'
import { formatDateTime } from '@/utilities/formatDateTime'

const cellOf = (fields: Field[], name: string) =>
  (fields.find((field) => 'name' in field && field.name === name) as { admin?: { components?: { Cell?: unknown } } } | undefined)?.admin?.components?.Cell

describe('list date columns in WIB', () => {
  const collection: CollectionConfig = {
    slug: 'things',
    fields: [
      { name: 'title', type: 'text' },
      { name: 'publishedAt', type: 'date' },
      { type: 'row', fields: [{ name: 'startsAt', type: 'date' }] },
      { name: 'custom', type: 'date', admin: { components: { Cell: '@/somewhere#Own' } } },
    ],
  }

  it('gives every date column, and Payload’s own timestamps, the WIB cell; keeps a cell set by hand', () => {
    const { fields } = withWibDateCells(collection)
    expect(cellOf(fields, 'publishedAt')).toBe(WIB_DATE_CELL)
    expect(cellOf((fields[2] as { fields: Field[] }).fields, 'startsAt')).toBe(WIB_DATE_CELL)
    expect(cellOf(fields, 'createdAt')).toBe(WIB_DATE_CELL)
    expect(cellOf(fields, 'updatedAt')).toBe(WIB_DATE_CELL)
    expect(cellOf(fields, 'custom')).toBe('@/somewhere#Own')
    expect(cellOf(fields, 'title')).toBeUndefined()
  })

  it('declares the timestamps exactly as Payload would (indexed, hidden), so the schema is unchanged', () => {
    const createdAt = withWibDateCells(collection).fields.find((field) => 'name' in field && field.name === 'createdAt')
    expect(createdAt).toMatchObject({ type: 'date', index: true, admin: { hidden: true, disableBulkEdit: true } })
    expect(withWibDateCells({ ...collection, timestamps: false }).fields.some((field) => 'name' in field && field.name === 'createdAt')).toBe(false)
  })

  it('puts the WIB header timestamps before any other document control, where the collection has timestamps', () => {
    const own = { ...collection, admin: { components: { edit: { beforeDocumentControls: ['@/somewhere#Button'] } } } }
    expect(withWibDateCells(own).admin?.components?.edit?.beforeDocumentControls).toEqual([WIB_TIMESTAMPS, '@/somewhere#Button'])
    expect(withWibDateCells({ ...collection, timestamps: false }).admin?.components?.edit?.beforeDocumentControls).toBeUndefined()
  })

  it('prints Jakarta time with its zone whatever the machine’s zone is', () => {
    expect(formatDateTime('2026-12-02T01:00:00.000Z')).toBe('Rabu, 2 Desember 2026 08.00 WIB')
    expect(formatDateTime('2026-12-01T17:30:00.000Z')).toBe('Rabu, 2 Desember 2026 00.30 WIB')
  })

  it('names entries with no user "Sistem"', () => {
    for (const empty of [null, undefined, '', []]) expect(actorIsSystem(empty)).toBe(true)
    for (const user of [3, '3', { id: 3, email: 'a@b' }]) expect(actorIsSystem(user)).toBe(false)
  })
})
