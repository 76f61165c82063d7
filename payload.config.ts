import { postgresAdapter, type PostgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { s3Storage } from '@payloadcms/storage-s3'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { GRAPHQL_MAX_COMPLEXITY, limitQueryDepth } from '@/access/graphqlLimits'
import { hasRole } from '@/access/roles'
import { AuditLogs } from '@/collections/AuditLogs'
import { Categories } from '@/collections/Categories'
import { Documents } from '@/collections/Documents'
import { FileUses } from '@/collections/FileUses'
import { Glossary } from '@/collections/Glossary'
import { Indicators } from '@/collections/Indicators'
import { Media } from '@/collections/Media'
import { Milestones } from '@/collections/Milestones'
import { News } from '@/collections/News'
import { Pages } from '@/collections/Pages'
import { Policies } from '@/collections/Policies'
import { Projects } from '@/collections/Projects'
import { Tags } from '@/collections/Tags'
import { UiStrings } from '@/collections/UiStrings'
import { Users } from '@/collections/Users'
import { Navigation } from '@/globals/Navigation'
import { SiteSettings } from '@/globals/SiteSettings'
import { adminTranslations } from '@/i18n/adminTranslations'
import { defaultLocale, locales } from '@/i18n/locales'
import { migrations } from '@/migrations'
import { healthEndpoint, readyEndpoint } from '@/server/health'
import { databasePoolLimits, payloadSecret, trustedOrigins } from '@/server/env'
import { mediaStorageOptions, readReplicaUrls } from '@/server/scaling'
import { isJobRunnerRequest } from '@/server/scheduledJobs'
import { onShutdown } from '@/server/shutdown'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: payloadSecret(),
  // Login cookies count only on requests from the site itself (CSRF); no other origin gets CORS.
  csrf: trustedOrigins(),
  cors: trustedOrigins(),
  admin: {
    user: Users.slug,
    // Payload's own avatar: the default Gravatar needs the internet, which an intranet may not have.
    avatar: 'default',
    // Schedules and dates are in Chongqing time unless an editor picks another zone.
    timezones: { defaultTimezone: 'Asia/Shanghai' },
    importMap: { baseDir: path.resolve(dirname, 'src') },
    components: { beforeDashboard: ['/components/admin/TranslationDashboard#TranslationDashboard'] },
    livePreview: {
      breakpoints: [
        { name: 'mobile', label: '375 × 812', width: 375, height: 812 },
        { name: 'desktop', label: '1440 × 900', width: 1440, height: 900 },
      ],
    },
  },
  collections: [News, Projects, Policies, Milestones, Indicators, Pages, Media, Documents, Categories, Tags, UiStrings, Glossary, Users, AuditLogs, FileUses],
  globals: [SiteSettings, Navigation],
  endpoints: [healthEndpoint, readyEndpoint],
  onInit: (payload) => {
    // On SIGTERM the web server closes the pool after the last request (src/server/web.ts).
    onShutdown(payload.destroy)
    // pg reports every pooled connection that a database restart breaks; unheard, that would
    // crash the server. The pool reconnects on the next query. Read replicas have pools of their own.
    const db = payload.db as unknown as PostgresAdapter
    const replicas = (db.drizzle as unknown as { $replicas?: { $client: PostgresAdapter['pool'] }[] }).$replicas ?? []
    for (const pool of [db.pool, ...replicas.map((replica) => replica.$client)]) {
      pool?.on('error', (error) => payload.logger.warn(`Database connection lost: ${error.message}`))
    }
  },
  sharp,
  // Uploads go to S3 when S3_BUCKET is set, else to UPLOADS_DIR (src/server/scaling.ts).
  plugins: [s3Storage(mediaStorageOptions())],
  // The largest file any collection accepts; each upload collection sets its own lower limit.
  upload: { limits: { fileSize: 25 * 1024 * 1024 } },
  jobs: {
    // Scheduled publishing runs inside the app (src/server/scheduledJobs.ts calls this endpoint
    // every 10 s): no extra worker or cron service to operate.
    access: { run: ({ req }) => hasRole(req.user, 'admin') || isJobRunnerRequest(req.headers) },
  },
  // Visitors' list sizes and populate depth are capped per collection (src/access/publicReadLimits.ts).
  graphQL: { maxComplexity: GRAPHQL_MAX_COMPLEXITY, validationRules: () => [limitQueryDepth] },
  editor: lexicalEditor(),
  localization: {
    locales: locales.map((code) => ({ code, label: code === 'zh' ? '中文' : 'English' })),
    defaultLocale,
    fallback: true,
  },
  i18n: { supportedLanguages: { zh, en }, fallbackLanguage: 'zh', translations: adminTranslations },
  db: postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URL, ...databasePoolLimits() },
    readReplicas: readReplicaUrls(),
    // Every schema change goes through a committed migration, in development too.
    push: false,
    migrationDir: path.resolve(dirname, 'src/migrations'),
    prodMigrations: migrations,
  }),
  typescript: {
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
    autoGenerate: false,
  },
  telemetry: false,
})
