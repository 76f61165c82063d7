import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

import { News } from '@/collections/News'
import { Users } from '@/collections/Users'
import { defaultLocale, locales } from '@/i18n/locales'
import { migrations } from '@/migrations'
import { payloadSecret } from '@/server/env'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: payloadSecret(),
  admin: {
    user: Users.slug,
    importMap: { baseDir: path.resolve(dirname, 'src') },
  },
  collections: [News, Users],
  editor: lexicalEditor(),
  localization: {
    locales: locales.map((code) => ({ code, label: code === 'zh' ? '中文' : 'English' })),
    defaultLocale,
    fallback: true,
  },
  i18n: { supportedLanguages: { zh, en }, fallbackLanguage: 'zh' },
  db: postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URL },
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
