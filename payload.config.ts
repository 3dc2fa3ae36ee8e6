import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { id } from '@payloadcms/translations/languages/id'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { createOnInit } from './src/bootstrap/createOnInit'
import { AuditLog } from './src/collections/AuditLog'
import { Categories } from './src/collections/Categories'
import { Media } from './src/collections/Media'
import { News } from './src/collections/News'
import { OfficialNames } from './src/collections/OfficialNames'
import { NewsDiscussion } from './src/collections/NewsDiscussion'
import { Syndications } from './src/collections/Syndications'
import { Units } from './src/collections/Units'
import { Users } from './src/collections/Users'
import { buildDatabaseAdapter } from './src/config/buildDatabaseAdapter'
import { parseDatabaseUri } from './src/config/parseDatabaseUri'
import { resolveAdminOrigins } from './src/config/resolveAdminOrigins'
import { mediaStorageSettings } from './src/config/mediaStorageSettings'
import { resolvePayloadSecret } from './src/config/resolvePayloadSecret'
import { nodemailerAdapter } from './src/email/nodemailerAdapter'
import { Channels } from './src/globals/Channels'
import { Site } from './src/globals/Site'
import { withWibDateCells } from './src/config/wibDateCells'
import { ADMIN_DATE_FORMAT } from './src/i18n/dateFormats'
import { lexicalIndonesian } from './src/i18n/lexicalIndonesian'
import { tasks } from './src/jobs'
import { JOBS_SILENT } from './src/jobs/jobsSilent'
import { recordRunnerTick } from './src/jobs/runnerHeartbeat'
import { mediaStoragePlugin } from './src/media/mediaStoragePlugin'
import { payloadLogger } from './src/server/payloadLogger'
import { securityPlugin } from './src/security/securityPlugin'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = process.env
const isProduction = env.NODE_ENV === 'production'

// Payload's dependency checker (development and tests only) requires every @payloadcms/* package
// at payload's exact version. The registry serves @payloadcms/storage-s3 and
// @payloadcms/plugin-cloud-storage only at 3.90.1; package.json `overrides` make them use this
// project's payload/ui 3.90.2 (one copy of each), but their own version number still differs, so
// the checker rejects the set-up in an unhandled promise rejection (Vitest then fails the run).
// tests/unit/config/payloadPackages.spec.ts checks instead that package-lock.json resolves one
// copy of payload and of every @payloadcms/* package, and one React. Remove this line once
// storage-s3 is served at payload's version.
env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

const database = parseDatabaseUri(
  env.DATABASE_URI || (env.NODE_ENV === 'development' ? 'file:./data/warta-dev.db' : undefined),
)

const jsonLogger = payloadLogger()
// Staff reach the admin at PUBLIC_URL and at every ADMIN_ORIGINS entry (intranet IP, host name).
// serverURL stays empty so the admin calls its own origin; absolute links use src/config/publicUrl.
const adminOrigins = resolveAdminOrigins({ publicUrl: env.PUBLIC_URL, adminOrigins: env.ADMIN_ORIGINS })

export default buildConfig({
  serverURL: '',
  csrf: adminOrigins,
  cors: adminOrigins,
  secret: resolvePayloadSecret({
    secret: env.PAYLOAD_SECRET,
    nodeEnv: env.NODE_ENV,
    dataDir: path.resolve(dirname, 'data'),
  }),
  admin: {
    user: Users.slug,
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' — Warta' },
    // Warta's shell (src/components/Brand, Dashboard): its own mark, a work queue per role, Indonesian dates.
    dateFormat: ADMIN_DATE_FORMAT,
    components: {
      beforeLogin: ['/components/AdminAddressNotice#AdminAddressNotice'],
      graphics: { Logo: '@/components/Brand/Logo#Logo', Icon: '@/components/Brand/Icon#Icon' },
      beforeDashboard: ['@/components/Dashboard#WorkQueueDashboard'],
    },
  },
  i18n: {
    supportedLanguages: { id, en },
    fallbackLanguage: 'id',
    translations: { id: { lexical: lexicalIndonesian } },
  },
  collections: [News, Media, Categories, Units, Users, Syndications, AuditLog, OfficialNames, NewsDiscussion].map(withWibDateCells),
  globals: [Site, Channels],
  editor: lexicalEditor(),
  db: buildDatabaseAdapter({
    target: database,
    migrationDir: path.resolve(dirname, 'src/migrations'),
    push: env.WARTA_DB_PUSH === undefined ? undefined : env.WARTA_DB_PUSH === 'true',
    mongoServerSelectionTimeoutMS: Number(env.MONGODB_SERVER_SELECTION_TIMEOUT_MS) || undefined,
  }),
  sharp,
  // Workflow notifications. Without SMTP_HOST, messages are logged (recipients and subject only).
  email: nodemailerAdapter({
    host: env.SMTP_HOST,
    port: Number(env.SMTP_PORT) || undefined,
    user: env.SMTP_USER,
    pass: env.SMTP_PASS,
    secure: env.SMTP_SECURE === 'true',
    from: env.EMAIL_FROM,
  }),
  telemetry: false,
  // LOG_FORMAT=json: one JSON object per line for log shippers (Payload's pretty output otherwise).
  ...(jsonLogger ? { logger: jsonLogger } : {}),
  graphQL: { disablePlaygroundInProduction: true },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  jobs: {
    tasks,
    // Cron in the web server unless a separate worker process takes the queue (JOBS_AUTORUN=false).
    autoRun:
      env.JOBS_AUTORUN === 'false'
        ? undefined
        : [{ cron: env.JOBS_CRON || '* * * * *', limit: Number(env.JOBS_LIMIT) || 20, queue: 'default', silent: JOBS_SILENT }],
    // Each cron tick is the runner's heartbeat for the health check.
    shouldAutoRun: async () => {
      await recordRunnerTick()
      return true
    },
    access: {
      // HTTP runs need the cron secret; logged-in admins may also trigger a run.
      run: ({ req }) =>
        Boolean(
          (env.CRON_SECRET && req.headers.get('authorization') === `Bearer ${env.CRON_SECRET}`) ||
            req.user?.roles?.includes('admin'),
        ),
    },
  },
  // Media in an S3-compatible bucket when S3_* is set, else MEDIA_DIR (docs/deploy.md), then the
  // query allow-list, GraphQL limits, Indonesian 4xx answers (docs/security.md). Storage goes
  // first so the security plugin sees which collections no longer keep files on disk.
  plugins: [mediaStoragePlugin(mediaStorageSettings()), securityPlugin],
  onInit: createOnInit({
    adminEmail: env.ADMIN_EMAIL,
    adminPassword: env.ADMIN_PASSWORD,
    demoPassword: env.WARTA_DEMO_PASSWORD,
    seedDemo: env.WARTA_DEMO === 'true',
    isProduction,
  }),
})
