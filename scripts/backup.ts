/**
 * `npm run db:backup [-- <folder>]`: backs up the database (the embedded Postgres unless
 * DATABASE_URL is set; scripts/with-db.ts provides it) and the uploads folder into a new folder,
 * by default backups/<UTC time>. See docs/operations.md.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { createBackup } from '../src/server/backup'
import { runScript } from '../src/server/cli'
import { uploadsDir } from '../src/server/config'
import { StartupError } from '../src/server/errors'
import { databaseUrlFromEnv, parseScriptArguments } from './scriptArguments'

const USAGE = 'Usage: npm run db:backup [-- <new folder>]'

runScript(async () => {
  const { positionals } = parseScriptArguments(() => parseArgs({ allowPositionals: true, options: {} }), USAGE)
  if (positionals.length > 1) throw new StartupError(USAGE)
  const stamp = new Date().toISOString().replace(/\.\d+Z$/, 'Z').replaceAll(':', '-')
  const target = path.resolve(positionals[0] ?? path.join('backups', stamp))
  const manifest = await createBackup({ databaseUrl: databaseUrlFromEnv(), uploadsDir: uploadsDir(), target, log: console.log })
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0)
  const bytes = manifest.uploads.reduce((sum, file) => sum + file.bytes, 0)
  console.log(
    `✔ Backed up ${manifest.tables.length} tables (${rows} rows) and ${manifest.uploads.length} uploaded files (${bytes} bytes) into ${target}`,
  )
})
