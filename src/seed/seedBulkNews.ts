import type { Payload } from 'payload'

import { plainTextToLexical } from '@/utilities/plainTextToLexical'

import { demoPlaces, demoStories } from './demoStories'
import { demoCategories, demoUnits } from './demoUnits'

type Options = { count: number; log?: (message: string) => void; now?: Date }

const CONTEXT = { disableRevalidate: true, skipSyndication: true, trusted: true }

const ensure = async (payload: Payload, collection: 'categories' | 'units', name: string, shortName?: string) => {
  const found = await payload.find({ collection, where: { name: { equals: name } }, limit: 1, depth: 0 })
  if (found.docs[0]) return found.docs[0].id
  const data = collection === 'units' ? { name, shortName: shortName ?? name.slice(0, 40) } : { name }
  return (await payload.create({ collection, data: data as never, context: CONTEXT })).id
}

/**
 * Bulk published news for benchmarks and load tests: `count` items built from the demo story
 * templates, spread over OPDs, categories and the last `count` hours. Trusted writes (no
 * revalidation, syndication or workflow guard). Reuses OPDs and categories that already exist.
 */
export const seedBulkNews = async (payload: Payload, { count, log = () => {}, now = new Date() }: Options): Promise<number> => {
  const units: (number | string)[] = []
  for (const unit of demoUnits) units.push(await ensure(payload, 'units', unit.name, unit.shortName))
  const categories: (number | string)[] = []
  for (const name of demoCategories) categories.push(await ensure(payload, 'categories', name))
  for (let i = 0; i < count; i++) {
    const story = demoStories[i % demoStories.length]!
    const place = demoPlaces[i % demoPlaces.length]!
    const fill = (text: string) => text.replaceAll('{place}', place)
    const at = new Date(now.getTime() - i * 3_600_000).toISOString()
    await payload.create({
      collection: 'news',
      context: CONTEXT,
      data: {
        title: `${fill(story.title)} (${i + 1})`,
        slug: `massal-${i + 1}`,
        lead: fill(story.lead),
        body: plainTextToLexical(story.body.map(fill).join('\n\n')),
        unit: units[i % units.length]!,
        category: categories[i % categories.length]!,
        tags: story.tags,
        visibility: 'public',
        workflowState: 'published',
        _status: 'published',
        publishedAt: at,
        firstPublishedAt: at,
      } as never,
    })
    if ((i + 1) % 100 === 0) log(`[warta] bulk news: ${i + 1}/${count}`)
  }
  return count
}
