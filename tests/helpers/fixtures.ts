import type { Payload } from 'payload'

import type { Unit, User } from '@/payload-types'

import { plainTextToLexical } from '@/utilities/plainTextToLexical'

let counter = 0
const next = () => `${Date.now().toString(36)}${(counter++).toString(36)}`

export const createUnit = (payload: Payload, name = `Dinas Uji ${next()}`) =>
  payload.create({ collection: 'units', data: { name, shortName: name.slice(0, 20) } })

export const createCategory = (payload: Payload, name = `Kategori ${next()}`) =>
  payload.create({ collection: 'categories', data: { name } })

export const createUser = (
  payload: Payload,
  roles: ('admin' | 'verifier' | 'writer')[],
  units: Unit['id'][] = [],
): Promise<User> =>
  payload.create({
    collection: 'users',
    data: { email: `${roles.join('-')}-${next()}@contoh.go.id`, password: 'rahasia-uji-123', name: `Uji ${roles.join(' ')}`, roles, units },
  })

export const newsData = (unit: Unit['id'], title = `Berita uji ${next()}`) => ({
  title,
  lead: 'Pemerintah kota menggelar kegiatan uji coba di Balai Kota.',
  body: plainTextToLexical('Paragraf pertama.\n\nParagraf kedua.'),
  unit,
})
