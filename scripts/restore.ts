/**
 * `npm run db:restore -- <folder> [--force]`: restores a backup made by `npm run db:backup` into
 * the database (the embedded Postgres unless DATABASE_URL is set; scripts/with-db.ts provides it)
 * and the uploads folder. See docs/operations.md.
 */
import { parseArgs } from 'node:util'

import { runScript } from '../src/server/cli'
import { uploadsDir } from '../src/server/config'
import { StartupError } from '../src/server/errors'
import { restoreBackup } from '../src/server/restore'
import { databaseUrlFromEnv, parseScriptArguments } from './scriptArguments'

const USAGE = 'Usage: npm run db:restore -- <backup folder> [--force]'

/** Creates the schema with the app's own migrations, in Payload, as `npm start` would. */
async function migrate() {
  // Loaded only when needed: the config demands PAYLOAD_SECRET in production.
  const { importPayloadConfig } = await import('../src/server/payloadConfig')
  const { getPayload } = await import('payload')
  const { applyMigrations } = await import('../src/server/migrate')
  const payload = await getPayload({ config: await importPayloadConfig() })
  try {
    await applyMigrations(payload)
  } finally {
    await payload.destroy()
  }
}

runScript(async () => {
  const { positionals, values } = parseScriptArguments(
    () => parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false } } }),
    USAGE,
  )
  if (positionals.length !== 1) throw new StartupError(USAGE)
  const summary = await restoreBackup({
    databaseUrl: databaseUrlFromEnv(),
    uploadsDir: uploadsDir(),
    source: positionals[0]!,
    force: values.force,
    migrate,
    log: console.log,
  })
  console.log(`✔ Restored ${summary.tables} tables (${summary.rows} rows) and ${summary.uploads} uploaded files`)
})
