import type { Payload, RequestContext } from 'payload'

import type { Category, Media, News, Unit, User } from '@/payload-types'

import { plainTextToLexical } from '@/utilities/plainTextToLexical'

import { demoWorkflowSteps, writeDemoAuditTrail } from './demoAuditTrail'
import { demoAccounts } from './demoCredentials'
import { demoPlaces, demoSloppyStories, demoStories, type DemoStory } from './demoStories'
import { demoCategories, demoUnits } from './demoUnits'
import { generateDemoImage } from './generateDemoImage'
import { printCredentials } from './printCredentials'
import { importOfficialNames } from '@/review/registry/importOfficialNames'
import { seedOfficialNames } from '@/review/registry/seedOfficialNames'

type Options = {
  adminEmail?: string
  adminPassword?: string
  /** One password for every demo account (end-to-end tests only). */
  sharedPassword?: string
  log?: (message: string) => void
}

export type SeedSummary = { seeded: boolean; units: number; categories: number; news: number; users: number }

const HOUR = 3_600_000
// Seeds write through trusted server code: no revalidation, syndication or workflow guard.
export const SEED_CONTEXT: RequestContext = { disableRevalidate: true, skipSyndication: true, trusted: true }

type State = NonNullable<News['workflowState']>

/** Which state the i-th demo item is in: mostly published, a few at every other step. */
const stateFor = (index: number): State => {
  if (index <= 25) return 'published'
  if (index === 26) return 'retracted'
  if (index === 27) return 'approved'
  if (index === 28) return 'scheduled'
  if (index <= 30) return 'in_review'
  return 'draft'
}

const fill = (text: string, place: string) => text.replaceAll('{place}', place)

/**
 * Seeds the demo on an empty database: OPDs, categories, four accounts, locally drawn images and
 * 38 news items across every workflow state. Never touches a database that already has users.
 */
export const seedDemo = async (payload: Payload, options: Options = {}): Promise<SeedSummary> => {
  const log = options.log ?? ((message: string) => payload.logger.info(message))
  const { totalDocs: existingUsers } = await payload.count({ collection: 'users', overrideAccess: true })
  if (existingUsers > 0) {
    log('[warta] demo seed skipped: the database already has users')
    return { seeded: false, units: 0, categories: 0, news: 0, users: 0 }
  }
  const context = SEED_CONTEXT
  log('[warta] seeding demo content…')

  const units = new Map<string, Unit['id']>()
  for (const unit of demoUnits) {
    const doc = await payload.create({ collection: 'units', data: { ...unit }, context })
    units.set(unit.shortName, doc.id)
  }
  const categories = new Map<string, Category['id']>()
  for (const name of demoCategories) {
    const doc = await payload.create({ collection: 'categories', data: { name }, context })
    categories.set(name, doc.id)
  }

  const accounts = demoAccounts({ email: options.adminEmail, password: options.adminPassword }, options.sharedPassword)
  // The review assistant's official names registry: the demo city's OPDs and positions.
  await importOfficialNames(payload, seedOfficialNames, { context: { ...context, seedingOfficialNames: true } })

  const users = new Map<string, { id: User['id']; email: string; units: string[] }>()
  for (const account of accounts) {
    const doc = await payload.create({
      collection: 'users',
      data: {
        email: account.email,
        password: account.password,
        name: account.name,
        roles: account.roles,
        units: account.units.map((shortName) => units.get(shortName)!),
      },
      context,
    })
    users.set(account.key, { id: doc.id, email: doc.email, units: account.units })
  }

  const images: Media['id'][] = []
  for (let i = 0; i < 8; i++) {
    const data = await generateDemoImage(i)
    const doc = await payload.create({
      collection: 'media',
      data: {
        alt: `Ilustrasi pemandangan kota nomor ${i + 1}: perbukitan dan matahari`,
        caption: 'Ilustrasi untuk berita contoh.',
        credit: 'Humas Pemerintah Kota',
      },
      file: { data, mimetype: 'image/jpeg', name: `ilustrasi-${i + 1}.jpg`, size: data.length },
      context,
    })
    images.push(doc.id)
  }

  await payload.updateGlobal({
    slug: 'site',
    data: {
      name: 'Warta Kota',
      publisher: 'Bagian Hubungan Masyarakat Sekretariat Daerah',
      description: 'Berita resmi Pemerintah Kota: layanan publik, pembangunan dan pengumuman untuk warga.',
    },
    context,
  })

  const stories: { story: DemoStory; place: string; state: State }[] = []
  demoPlaces.slice(0, 3).forEach((place, p) =>
    demoStories.forEach((story, s) => {
      const index = p * demoStories.length + s
      stories.push({ story, place, state: stateFor(index) })
    }),
  )
  demoSloppyStories.forEach((story) => stories.push({ story, place: '', state: 'in_review' }))

  const verifierUser = users.get('verifier')!
  const verifier = verifierUser.id
  const adminUser = users.get('admin')!
  const now = Date.now()
  let count = 0
  for (const [index, { story, place, state }] of stories.entries()) {
    const authorUser =
      [...users.entries()].find(([key, u]) => key.startsWith('writer') && u.units.includes(story.unit))?.[1] ?? adminUser
    const author = authorUser.id
    const publishedAt = new Date(now - (index * 19 + 1) * HOUR).toISOString()
    const wasLive = state === 'published' || state === 'retracted'
    const data = {
      title: fill(story.title, place),
      lead: fill(story.lead, place),
      body: plainTextToLexical(story.body.map((paragraph) => fill(paragraph, place)).join('\n\n')),
      unit: units.get(story.unit)!,
      category: categories.get(story.category)!,
      tags: story.tags,
      authors: [author],
      coverImage: images[index % images.length],
      gallery: index % 4 === 0 ? [images[(index + 1) % images.length], images[(index + 2) % images.length]] : [],
      youtubeVideoId: index % 6 === 0 ? `wartaDemo${String(index).padStart(2, '0')}` : undefined,
      sources: [{ name: story.unit, description: 'Keterangan resmi OPD' }],
      visibility: index === 3 || index === 17 ? ('internal' as const) : ('public' as const),
      workflowState: state,
      _status: wasLive ? ('published' as const) : ('draft' as const),
      lastContentEditBy: author,
      lastContentEditAt: new Date(new Date(publishedAt).getTime() - 2 * HOUR).toISOString(),
      checklist: ['approved', 'scheduled', 'published', 'retracted'].includes(state)
        ? { names: true, titles: true, dates: true, numbers: true, quotes: true, sources: true }
        : undefined,
      approval: ['approved', 'scheduled', 'published', 'retracted'].includes(state)
        ? { approvedBy: verifier, approvedAt: new Date(new Date(publishedAt).getTime() - HOUR).toISOString() }
        : undefined,
      publishAt: state === 'scheduled' ? new Date(now + 48 * HOUR).toISOString() : undefined,
      publishedAt: wasLive ? publishedAt : undefined,
      firstPublishedAt: wasLive ? publishedAt : undefined,
      corrections:
        index === 5
          ? [{ note: 'Koreksi: jumlah nasabah semula tertulis 1.420 orang; yang benar 1.240 orang.', correctedAt: new Date(now - HOUR).toISOString() }]
          : [],
      retraction:
        state === 'retracted'
          ? { reason: 'Jadwal kegiatan dibatalkan oleh penyelenggara; berita dicabut agar tidak menyesatkan warga.', retractedAt: new Date(now - 3 * HOUR).toISOString(), retractedBy: verifier }
          : undefined,
      channels: {
        instagram: { enabled: wasLive && index % 5 === 0 },
        youtube: { enabled: wasLive && index % 6 === 0 },
      },
    }
    const item = await payload.create({ collection: 'news', data, draft: !wasLive, context, user: undefined })
    const steps = demoWorkflowSteps(
      state,
      { publishedAt: Date.parse(publishedAt), publishAt: data.publishAt ? Date.parse(data.publishAt) : undefined, retractedAt: data.retraction ? Date.parse(data.retraction.retractedAt) : undefined, now },
      data.retraction?.reason,
    )
    await writeDemoAuditTrail(payload, { newsId: item.id, steps, author: authorUser, verifier: verifierUser, context })
    count++
  }

  // --- syndication: queue the seeded published items (channels → fakes when WARTA_FAKE_PLATFORMS) ---
  const { queueInitialSyndication } = await import('@/syndication/wiring/queueInitialSyndication')
  await queueInitialSyndication(payload)
  // --- end syndication ---
  printCredentials(accounts, log)
  return { seeded: true, units: units.size, categories: categories.size, news: count, users: accounts.length }
}
