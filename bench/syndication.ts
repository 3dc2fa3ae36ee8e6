/**
 * Syndication throughput: ITEMS (default 1,000) published items × 3 channels (portal with live
 * check + signed webhook, Instagram, YouTube) against the fake platforms with LATENCY_MS (default
 * 50) added to every fake answer, one process running `payload.jobs.run` in a loop (LIMIT jobs per
 * run, default 100), per-channel concurrency from the channels global (CONCURRENCY=portal,ig,yt;
 * default 8,4,4). Reports wall time, jobs/s and peak RSS; checks every record succeeded once.
 *
 *   NODE_OPTIONS=--conditions=development npx tsx bench/syndication.ts
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const ITEMS = Number(process.env.ITEMS) || 1000
const LATENCY_MS = Number(process.env.LATENCY_MS ?? 50)
const LIMIT = Number(process.env.LIMIT) || 100
const [portalC, igC, ytC] = (process.env.CONCURRENCY ?? '8,4,4').split(',').map(Number)

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warta-synd-bench-'))
Object.assign(process.env, {
  DATABASE_URI: `file:${path.join(dir, 'bench.db')}`,
  MEDIA_DIR: path.join(dir, 'media'),
  PAYLOAD_SECRET: 'syndication-bench-secret-0123456789abcdef',
  WARTA_SECRET_KEY: Buffer.alloc(32, 9).toString('base64'),
  JOBS_AUTORUN: 'false',
  PUBLIC_URL: 'http://127.0.0.1:9',
  WARTA_SYNDICATION_MAX_DELAY_MS: '1000',
  WARTA_SYNDICATION_RETRY_BASE_MS: '200',
})

let peakRss = 0
const sample = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss)
}, 100)

const main = async () => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { fakeNetwork, realClock, startFakePlatforms } = await import('../tests/fakes')
  const { publishLoad, allRecords } = await import('../tests/helpers/syndicationLoad')
  const { applyFakePlatformSettings } = await import('../src/syndication/wiring/fakePlatforms')
  const { overrideSyndicationDeps } = await import('../src/syndication/wiring/syndicationDeps')
  const { generateDemoImage } = await import('../src/seed/generateDemoImage')

  const payload = await getPayload({ config })
  const fakes = await startFakePlatforms({ clock: realClock() })
  fakes.instagram.setQuotaTotal(1_000_000)
  fakes.youtube.setDailyQuota(1_000_000_000)
  // Images go to the fakes' static file server; the portal channel renders into the portal fake.
  overrideSyndicationDeps({ revalidate: fakes.portal.revalidate, publishImage: fakes.files.publishImage })
  await applyFakePlatformSettings(
    payload,
    {
      instagramGraphHost: fakes.urls.instagramGraphHost,
      youtubeRootUrl: fakes.urls.youtubeRootUrl,
      youtubeTokenUrl: fakes.urls.youtubeTokenUrl,
      portalHookUrl: fakes.portal.hookUrl('bench', 'bench-webhook-secret-0123456789'),
      portalHookSecret: 'bench-webhook-secret-0123456789',
      credentials: fakes.credentials,
    },
    { checkBaseUrl: fakes.portal.url },
  )
  await payload.updateGlobal({
    slug: 'channels',
    data: { portal: { concurrency: portalC }, instagram: { concurrency: igC }, youtube: { concurrency: ytC } },
    overrideAccess: true,
  })
  const unit = await payload.create({ collection: 'units', data: { name: 'Dinas Bench', shortName: 'Bench' } })
  const data = await generateDemoImage(1, 1200, 900)
  const cover = await payload.create({
    collection: 'media',
    data: { alt: 'Foto bench', caption: 'Bench', credit: 'Humas' },
    file: { data, mimetype: 'image/jpeg', name: 'bench.jpg', size: data.length },
  })
  const prepStart = Date.now()
  await publishLoad(payload, fakes, unit.id, cover.id as number, ITEMS)
  const prepSeconds = (Date.now() - prepStart) / 1000
  console.log(`[bench] ${ITEMS} items published and ${ITEMS * 3} records queued in ${prepSeconds.toFixed(1)} s`)

  fakeNetwork.latencyMs = LATENCY_MS
  peakRss = process.memoryUsage().rss
  const started = Date.now()
  let idleRounds = 0
  for (;;) {
    const result = await payload.jobs.run({ queue: 'default', limit: LIMIT, silent: true })
    if (Object.keys(result.jobStatus ?? {}).length > 0) {
      idleRounds = 0
      continue
    }
    const pending = await payload.count({ collection: 'payload-jobs', where: { completedAt: { exists: false } }, overrideAccess: true })
    if (pending.totalDocs === 0) break
    if (++idleRounds > 600) throw new Error('bench: jobs stuck')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const seconds = (Date.now() - started) / 1000
  fakeNetwork.latencyMs = 0
  const records = await allRecords(payload)
  const notOk = records.filter((r) => r.state !== 'succeeded')
  const jobs = records.length
  const lines = [
    `items ${ITEMS} × 3 channels = ${jobs} records; latency ${LATENCY_MS} ms; concurrency portal/ig/yt ${portalC}/${igC}/${ytC}; limit ${LIMIT}`,
    `wall ${seconds.toFixed(1)} s, ${(jobs / seconds).toFixed(1)} jobs/s, peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MiB`,
    `not succeeded ${notOk.length}; IG posts ${fakes.instagram.publishLog.length}; YT updates ${fakes.youtube.count('videos.update')}; webhook deliveries ${fakes.portal.deliveries.length}`,
    `node ${process.version}, ${os.cpus().length} CPUs`,
  ]
  for (const line of lines) console.log(`[bench] ${line}`)
  clearInterval(sample)
  await fakes.stop()
  await payload.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
  process.exit(notOk.length === 0 && fakes.instagram.publishLog.length === ITEMS ? 0 : 1)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
