import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'

import type { ArchiveSearchEngine } from './types'

import { hitFromText } from './highlight'

/**
 * MongoDB: a text index on the news collection itself, so MongoDB keeps it current on every
 * write; public items are chosen at query time. `default_language: 'none'` — MongoDB has no
 * Indonesian stemmer and its English one would mangle Indonesian; the index is case- and
 * diacritic-insensitive. Limits against FTS5: no prefix matching, highlighting done here.
 */
const INDEX_NAME = 'news_archive_text'
const INDEX_KEYS = { title: 'text', lead: 'text', bodyText: 'text' } as const
const INDEX_OPTIONS = { name: INDEX_NAME, weights: { title: 8, lead: 3, bodyText: 1 }, default_language: 'none' }
const PUBLIC = { workflowState: 'published', visibility: 'public', _status: 'published' }

type Found = { _id: unknown; title?: string; lead?: string; bodyText?: string }

export const createMongoSearch = (payload: Payload): ArchiveSearchEngine => {
  const model = () => (payload.db as unknown as MongooseAdapter).collections.news!

  return {
    ensure: async () => {
      const collection = model().collection
      const existing = (await collection.indexes()).find((index) => index.name === INDEX_NAME)
      const current = existing && JSON.stringify(existing.weights) === JSON.stringify(INDEX_OPTIONS.weights)
      if (!current) {
        if (existing) await collection.dropIndex(INDEX_NAME)
        await collection.createIndex(INDEX_KEYS, INDEX_OPTIONS)
      }
      return { rebuilt: !current, indexed: await collection.countDocuments(PUBLIC) }
    },

    search: async (terms, { page, limit }) => {
      // Quoted words are all required (MongoDB ORs unquoted ones).
      const filter = { ...PUBLIC, $text: { $search: terms.map((term) => `"${term}"`).join(' ') } }
      const collection = model().collection
      const totalDocs = await collection.countDocuments(filter)
      const totalPages = Math.ceil(totalDocs / limit)
      if (totalDocs === 0 || page > totalPages) return { hits: [], totalDocs, page, totalPages }
      const found = await collection
        .find<Found>(filter, { projection: { score: { $meta: 'textScore' }, title: 1, lead: 1, bodyText: 1 } })
        .sort({ score: { $meta: 'textScore' }, _id: -1 })
        .skip((page - 1) * limit)
        .limit(limit)
        .toArray()
      return {
        hits: found.map((doc) => hitFromText(String(doc._id), { title: doc.title, lead: doc.lead, body: doc.bodyText }, terms)),
        totalDocs,
        page,
        totalPages,
      }
    },
  }
}
