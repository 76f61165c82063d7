/**
 * Runs a command with DATABASE_URL pointing at a ready database: the one already in DATABASE_URL,
 * the embedded Postgres of a running `npm run dev`, or the embedded Postgres started for the
 * command and stopped after it.
 * Example: npm run migrate:create -- add_projects
 */
import { spawn } from 'node:child_process'

import { embeddedSettings } from '../src/server/config'
import { ensureDatabase } from '../src/server/database'
import { embeddedPostgresUrl, runningPostmaster, startEmbeddedPostgres } from '../src/server/embeddedPostgres'
import { StartupError } from '../src/server/errors'

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2)
  if (!command) throw new StartupError('Usage: tsx scripts/with-db.ts <command> [args...]')
  const settings = embeddedSettings()
  const shared = process.env.DATABASE_URL ? undefined : runningPostmaster(settings.dataDir)
  const embedded = process.env.DATABASE_URL || shared ? undefined : await startEmbeddedPostgres(settings)
  try {
    // `||`: an empty DATABASE_URL (as in a .env template) means the embedded Postgres, as above.
    const url = process.env.DATABASE_URL || embedded?.url || embeddedPostgresUrl({ ...settings, port: shared!.port })
    await ensureDatabase(url)
    return await new Promise<number>((resolve) => {
      const child = spawn(command, args, { stdio: 'inherit', shell: false, env: { ...process.env, DATABASE_URL: url } })
      child.on('exit', (code) => resolve(code ?? 1))
    })
  } finally {
    await embedded?.stop()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof StartupError ? `✖ ${error.message}` : error)
    process.exit(1)
  },
)
